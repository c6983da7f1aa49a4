import bbox from '@turf/bbox';
import { cameraFor, fitBounds, type Camera, type Viewport } from '$lib/map/camera';
import type { MapState } from '$lib/map/controller';
import type { Place } from '$lib/places/schema';
import type { StoryStep } from './types';

export interface StepView {
	state: MapState;
	/** Places of the step that have no position: shown in the text, never as a fake pin. */
	unplaced: string[];
}

/** A point with an uncertainty radius as the box it may lie in; other geometries as they are. */
function withRadius(place: Place): GeoJSON.Geometry {
	const g = place.geometry as GeoJSON.Geometry;
	const r = place.properties.position.radius_m;
	if (g.type !== 'Point' || !r || place.properties.position.accuracy === 'sourced') return g;
	const [lon, lat] = g.coordinates;
	const dLat = r / 111_320;
	const dLon = r / (111_320 * Math.cos((lat * Math.PI) / 180));
	return {
		type: 'MultiPoint',
		coordinates: [
			[lon - dLon, lat - dLat],
			[lon + dLon, lat + dLat]
		]
	};
}

/** The district overview: every place dimmed, nothing active. */
export function overviewState(overview: Camera): MapState {
	return { camera: overview, active: [], dimOthers: true };
}

/**
 * What the map shows for a step: the camera fitted to the step's placed geometries (a point
 * at street level, lines and areas by their box), those places lit and the others dimmed.
 * A step none of whose places has a position shows the district overview.
 */
export function stepView(
	step: Pick<StoryStep, 'places' | 'camera'>,
	lookup: (slug: string) => Place | undefined,
	viewport: Viewport,
	overview: Camera
): StepView {
	const placed: Place[] = [];
	const unplaced: string[] = [];
	for (const slug of step.places) {
		const place = lookup(slug);
		if (place?.geometry) placed.push(place);
		else unplaced.push(slug);
	}
	let camera: Camera;
	if (placed.length === 0) {
		camera = overview;
	} else if (placed.length === 1) {
		const [only] = placed;
		camera = cameraFor(only.geometry as GeoJSON.Geometry, viewport, {
			radiusM: only.properties.position.radius_m ?? undefined
		});
	} else {
		const box = bbox({
			type: 'FeatureCollection',
			features: placed.map((p) => ({
				type: 'Feature',
				geometry: withRadius(p),
				properties: {}
			}))
		}) as [number, number, number, number];
		camera = fitBounds(box, viewport);
	}
	return {
		state: {
			camera: { ...camera, ...step.camera },
			active: placed.map((p) => p.id),
			dimOthers: true
		},
		unplaced
	};
}

/** The title page before the first step, and the closing map after the last. */
export const OPENING = 'opening';
export const CLOSING = 'closing';

/** Every stop of the story in reading order: the opening, the steps, the closing map. */
export function storyIds(steps: Pick<StoryStep, 'id'>[]): string[] {
	return [OPENING, ...steps.map((s) => s.id), CLOSING];
}

/**
 * The map for what the story shows: a tapped figure's place, a step's places, every placed
 * site on the closing map, or the district overview on the title page.
 */
export function viewFor(
	view: { step: string; focus: string | null },
	steps: Pick<StoryStep, 'id' | 'places' | 'camera'>[],
	places: Place[],
	viewport: Viewport,
	overview: Camera
): MapState {
	const lookup = (slug: string) => places.find((p) => p.id === slug);
	if (view.focus) return stepView({ places: [view.focus] }, lookup, viewport, overview).state;
	const step = steps.find((s) => s.id === view.step);
	if (step) return stepView(step, lookup, viewport, overview).state;
	if (view.step === CLOSING) {
		const placed = places.filter((p) => p.geometry);
		return stepView({ places: placed.map((p) => p.id) }, lookup, viewport, overview).state;
	}
	return overviewState(overview);
}
