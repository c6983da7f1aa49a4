import { resolve } from '$app/paths';
import { basemapMaxZoom } from '$lib/map/basemap';
import { basemap } from '$lib/map/config';
import type { MapState } from '$lib/map/controller';
import { frameOf, type Frame } from '$lib/map/frame';
import { pictureExtent, type Picture } from '$lib/map/picture';
import { places } from '$lib/places';
import { storyStops } from '$lib/story/mapstate';
import { steps } from '$lib/story/steps';
import { districtBox } from './district';

/** A map view as the pages receive it: the state to show and its prerendered picture. */
export interface View {
	state: MapState;
	picture: Picture;
}

/** How deep this build's basemap lets the map zoom. */
export const maxZoom = basemapMaxZoom(basemap);

/** The whole district, a little margin round it. */
export function overviewFrame(): Frame {
	return { box: districtBox(), margin: 0.04, maxZoom };
}

const withPicture = (state: MapState, src: string): View => ({
	state,
	picture: { src, extent: pictureExtent(state.frame) }
});

let story: Record<string, View> | null = null;

/** Every stop of the story (opening, steps, closing), computed once per build. */
export function storyViews(): Record<string, View> {
	if (story) return story;
	const stops = storyStops(steps, places, maxZoom, overviewFrame());
	story = Object.fromEntries(
		Object.entries(stops).map(([id, state]) => [
			id,
			withPicture(state, resolve('/map/[stop].svg', { stop: id }))
		])
	);
	return story;
}

/** One place lit, framed on it (the overview when it has no position). */
export function placeState(slug: string): MapState {
	const place = places.find((p) => p.id === slug);
	const frame = (place && frameOf([place], maxZoom)) ?? overviewFrame();
	return { frame, active: place?.geometry ? [slug] : [], dimOthers: true };
}

/** A place page's map view. */
export function placeView(slug: string): View {
	return withPicture(placeState(slug), `${resolve('/site/[slug]', { slug })}/map.svg`);
}

/**
 * The explore page's map: every placed place, nothing lit or dimmed, framed on where the
 * places are (not on the district's empty southern tail).
 */
export function exploreState(): MapState {
	const frame = frameOf(places, maxZoom) ?? overviewFrame();
	return { frame, active: [], dimOthers: false };
}

/** The explore page's first view, with its picture (`/map/explore.svg`). */
export function exploreView(): View {
	return withPicture(exploreState(), resolve('/map/explore.svg'));
}
