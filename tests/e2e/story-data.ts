import { readFileSync } from 'node:fs';
import bbox from '@turf/bbox';
import { SKETCH_MAX_ZOOM } from '../../src/lib/map/basemap';
import { frameCamera, type Frame } from '../../src/lib/map/frame';
import type { Place } from '../../src/lib/places/schema';
import { stepView } from '../../src/lib/story/mapstate';
import type { StoryStep } from '../../src/lib/story/types';

/** The places and district as the tests read them straight from geo/ (not through the site). */
export const places: Place[] = JSON.parse(readFileSync('geo/places.geojson', 'utf8')).features;
const district = JSON.parse(readFileSync('geo/basemap/district.geojson', 'utf8'));
export const districtBox = bbox(district) as [number, number, number, number];
export const getPlace = (slug: string) => places.find((p) => p.id === slug);
/** The story's steps, read from the data file as the build reads it. */
export const steps: StoryStep[] = JSON.parse(
	readFileSync('src/lib/story/steps.json', 'utf8')
).steps;

/** The overview of the default (offline sketch) build. */
export const overviewFrame: Frame = { box: districtBox, margin: 0.04, maxZoom: SKETCH_MAX_ZOOM };
const anyViewport = { width: 800, height: 600 };
/** The overview's centre does not depend on the map's size (only its zoom does). */
export const overview = frameCamera(overviewFrame, anyViewport);

/** Where the map should be centred for a step, and which places should be lit. */
export function expectedFor(stepId: string): { center: [number, number]; active: string[] } {
	const step = steps.find((s) => s.id === stepId)!;
	const { state } = stepView(step, getPlace, SKETCH_MAX_ZOOM, overviewFrame);
	return { center: frameCamera(state.frame, anyViewport).center, active: state.active };
}

/** Where a place page's map should be centred (the frame's centre; overview if unplaced). */
export function expectedPlaceCenter(slug: string): [number, number] {
	const { state } = stepView({ places: [slug] }, getPlace, SKETCH_MAX_ZOOM, overviewFrame);
	return frameCamera(state.frame, anyViewport).center;
}
