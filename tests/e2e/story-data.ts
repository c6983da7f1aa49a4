import { readFileSync } from 'node:fs';
import { cameraFor, fitBounds, type Camera } from '../../src/lib/map/camera';
import type { Place } from '../../src/lib/places/schema';
import { stepView } from '../../src/lib/story/mapstate';
import { steps } from '../../src/lib/story/steps';
import bbox from '@turf/bbox';

/** The places and district as the tests read them straight from geo/ (not through the site). */
export const places: Place[] = JSON.parse(readFileSync('geo/places.geojson', 'utf8')).features;
const district = JSON.parse(readFileSync('geo/basemap/district.geojson', 'utf8'));
export const districtBox = bbox(district) as [number, number, number, number];
export const getPlace = (slug: string) => places.find((p) => p.id === slug);

const anyViewport = { width: 800, height: 600 };
/** The overview's centre does not depend on the viewport (only its zoom does). */
export const overview: Camera = fitBounds(districtBox, anyViewport, 0.04);

export { cameraFor, steps };

/** Where the map should be centred for a step, and which places should be lit. */
export function expectedFor(stepId: string): { center: [number, number]; active: string[] } {
	const step = steps.find((s) => s.id === stepId)!;
	const { state } = stepView(step, getPlace, anyViewport, overview);
	return { center: state.camera.center, active: state.active };
}
