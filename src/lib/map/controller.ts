import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Camera } from './camera';
import { PLACE_SOURCE } from './style';

/** What the map should show; derived from the page state, applied idempotently. */
export interface MapState {
	camera: Camera;
	/** Slugs of the highlighted places. */
	active: string[];
	/** Dim every place that is not active. */
	dimOthers: boolean;
}

export interface ApplyOptions {
	/** Fly (animated) or jump. Reduced motion and restored deep links jump. */
	animate: boolean;
	/** Fly duration cap in ms. */
	maxDuration?: number;
}

function sameCamera(a: Camera, b: Camera): boolean {
	return (
		Math.abs(a.center[0] - b.center[0]) < 1e-7 &&
		Math.abs(a.center[1] - b.center[1]) < 1e-7 &&
		Math.abs(a.zoom - b.zoom) < 1e-4 &&
		Math.abs(a.pitch - b.pitch) < 1e-4 &&
		Math.abs(a.bearing - b.bearing) < 1e-4
	);
}

/**
 * The one imperative surface over the MapLibre map: everything that moves the map or changes
 * highlights goes through here. Applying the same state twice does nothing; a new state
 * cancels a flight still under way, so a fast scroll lands on the last state only.
 */
export class MapController {
	#map: MaplibreMap;
	#slugs: string[];
	#last: MapState | null = null;

	constructor(map: MaplibreMap, slugs: string[]) {
		this.#map = map;
		this.#slugs = slugs;
	}

	get map(): MaplibreMap {
		return this.#map;
	}

	apply(state: MapState, options: ApplyOptions): void {
		const last = this.#last;
		this.#last = state;
		this.#setHighlight(state, last);
		if (last && sameCamera(last.camera, state.camera)) return;
		this.#map.stop();
		const target = {
			center: state.camera.center,
			zoom: state.camera.zoom,
			pitch: state.camera.pitch,
			bearing: state.camera.bearing
		};
		if (options.animate) {
			// essential: the reader's own motion setting is applied by the caller (toggle).
			this.#map.flyTo({ ...target, essential: true, maxDuration: options.maxDuration ?? 2500 });
		} else {
			this.#map.jumpTo(target);
		}
	}

	/** Sets the highlights again, e.g. after the style changed and feature states were lost. */
	refresh(): void {
		if (this.#last) this.#setHighlight(this.#last, null);
	}

	#setHighlight(state: MapState, last: MapState | null): void {
		if (
			last &&
			last.dimOthers === state.dimOthers &&
			last.active.join('|') === state.active.join('|')
		) {
			return;
		}
		const active = new Set(state.active);
		for (const slug of this.#slugs) {
			const on = active.has(slug);
			this.#map.setFeatureState(
				{ source: PLACE_SOURCE, id: slug },
				{ active: on, dimmed: state.dimOthers && !on }
			);
		}
	}
}
