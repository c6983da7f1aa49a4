import { frameOf, type Frame } from '$lib/map/frame';
import type { MapState } from '$lib/map/controller';
import type { Place } from '$lib/places/schema';
import type { StoryStep } from './types';

/** The title page before the first step, and the closing map after the last. */
export const OPENING = 'opening';
export const CLOSING = 'closing';

export interface StepView {
	state: MapState;
	/** Places of the step that have no position: shown in the text, never as a fake pin. */
	unplaced: string[];
}

/** The district overview: every place dimmed, nothing active. */
export function overviewState(overview: Frame): MapState {
	return { frame: overview, active: [], dimOthers: true };
}

/**
 * What the map shows for a step: framed on the step's placed geometries and their
 * uncertainty (see map/frame.ts), those places lit and the others dimmed. A step none of whose
 * places has a position shows the district overview. A step's `view` may set the box
 * (e.g. chosen in the location editor), pitch and bearing.
 */
export function stepView(
	step: Pick<StoryStep, 'places' | 'view'>,
	lookup: (slug: string) => Place | undefined,
	maxZoom: number,
	overview: Frame
): StepView {
	const placed: Place[] = [];
	const unplaced: string[] = [];
	for (const slug of step.places) {
		const place = lookup(slug);
		if (place?.geometry) placed.push(place);
		else unplaced.push(slug);
	}
	const fitted = frameOf(placed, maxZoom) ?? overview;
	const frame: Frame = { ...fitted, ...step.view, box: step.view?.box ?? fitted.box };
	return { state: { frame, active: placed.map((p) => p.id), dimOthers: true }, unplaced };
}

/** Every stop of the story in reading order: the opening, the steps, the closing map. */
export function storyIds(steps: Pick<StoryStep, 'id'>[]): string[] {
	return [OPENING, ...steps.map((s) => s.id), CLOSING];
}

/**
 * The map state of every stop, computed at build time: the overview on the title page, each
 * step's places, and every placed site on the closing map.
 */
export function storyStops(
	steps: Pick<StoryStep, 'id' | 'places' | 'view'>[],
	places: Place[],
	maxZoom: number,
	overview: Frame
): Record<string, MapState> {
	const bySlug = new Map(places.map((p) => [p.id, p]));
	const lookup = (slug: string) => bySlug.get(slug);
	const stops: Record<string, MapState> = { [OPENING]: overviewState(overview) };
	for (const step of steps) stops[step.id] = stepView(step, lookup, maxZoom, overview).state;
	const placed = places.filter((p) => p.geometry).map((p) => p.id);
	stops[CLOSING] = stepView({ places: placed }, lookup, maxZoom, overview).state;
	return stops;
}

/**
 * What the map shows now: a tapped figure's place (from `focus`, the states of single
 * places), else the stop being read, else the opening.
 */
export function viewFor(
	view: { step: string; focus: string | null },
	stops: Record<string, MapState>,
	focus: Record<string, MapState>
): MapState {
	if (view.focus && focus[view.focus]) return focus[view.focus];
	return stops[view.step] ?? stops[OPENING];
}
