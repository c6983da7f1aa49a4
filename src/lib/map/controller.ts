import type { Camera } from './camera';
import { frameCamera, sameFrame, type Frame } from './frame';
import {
	ACTIVE_PLACES,
	ALL_RADII,
	BY_CATEGORY,
	DIM_OTHERS,
	FILTER_PLACES,
	PLACE_SOURCE,
	VISIBLE_PLACES
} from './style';

/** What the map should show; derived from the page state, applied idempotently. */
export interface MapState {
	/** The ground to show; turned into a camera for the map's real size when applied. */
	frame: Frame;
	/** Slugs of the highlighted places. */
	active: string[];
	/** Dim every place that is not active. */
	dimOthers: boolean;
}

/** How the place layers draw (the explore page's switches); every field optional, off by default. */
export interface LayerState {
	/** Colour places by category. */
	byCategory?: boolean;
	/** Draw every derived or approximate point's uncertainty circle, lit or not. */
	allRadii?: boolean;
	/** Only these places are drawn; null or absent: every place. */
	visible?: string[] | null;
}

export interface ApplyOptions {
	/** Fly (animated) or jump. Reduced motion and restored deep links jump. */
	animate: boolean;
	/** Fly duration cap in ms. */
	maxDuration?: number;
	/** Names what the move is for in the `xy:camera-start` performance mark (e.g. a step id). */
	reason?: string;
}

/** The part of a MapLibre map the controller uses (a fake one stands in for it in unit tests). */
export interface MapLike {
	stop(): unknown;
	flyTo(options: Camera & { essential: boolean; maxDuration: number }): unknown;
	jumpTo(options: Camera): unknown;
	setFeatureState(feature: { source: string; id: string }, state: Record<string, boolean>): void;
	setGlobalStateProperty(name: string, value: unknown): unknown;
	getContainer(): { clientWidth: number; clientHeight: number };
}

/** The default cap on a flight: long enough to follow, short enough not to make a hall seasick. */
export const MAX_FLIGHT_MS = 2000;

/**
 * The one imperative surface over the MapLibre map: everything that moves the map or changes
 * highlights goes through here. Applying the same state twice does nothing; a new state
 * cancels a flight still under way, so a fast scroll lands on the last state only.
 */
export class MapController {
	#map: MapLike;
	#last: MapState | null = null;
	/** The places lit now (feature-state `active`); dimming the rest is one global switch. */
	#lit = new Set<string>();
	#layers: LayerState | null = null;
	/** The place pointed at in a list beside the map (feature-state `hover`). */
	#hover: string | null = null;

	constructor(map: MapLike) {
		this.#map = map;
	}

	/** The camera that shows `frame` on this map at its current size. */
	cameraFor(frame: Frame): Camera {
		const { clientWidth, clientHeight } = this.#map.getContainer();
		return frameCamera(frame, { width: clientWidth, height: clientHeight });
	}

	apply(state: MapState, options: ApplyOptions): void {
		const last = this.#last;
		this.#last = state;
		this.#setHighlight(state, last);
		if (last && sameFrame(last.frame, state.frame)) return;
		this.#map.stop();
		const target = this.cameraFor(state.frame);
		if (typeof performance !== 'undefined') {
			performance.mark('xy:camera-start', { detail: { step: options.reason ?? null } });
		}
		if (options.animate) {
			// essential: the reader's own motion setting is applied by the caller (toggle).
			this.#map.flyTo({
				...target,
				essential: true,
				maxDuration: options.maxDuration ?? MAX_FLIGHT_MS
			});
		} else {
			this.#map.jumpTo(target);
		}
	}

	/** The map changed size (rotation, a resized window): show the same ground again. */
	refit(): void {
		if (!this.#last) return;
		this.#map.stop();
		this.#map.jumpTo(this.cameraFor(this.#last.frame));
	}

	/** Sets the highlights again, e.g. after the style changed and feature states were lost. */
	refresh(): void {
		if (this.#last) this.#setHighlight(this.#last, null);
		const layers = this.#layers;
		this.#layers = null;
		if (layers) this.setLayers(layers);
		const hover = this.#hover;
		this.#hover = null;
		this.setHover(hover);
	}

	/** Sets how the place layers draw; only what changed is sent to the map. */
	setLayers(layers: LayerState): void {
		const last = this.#layers;
		this.#layers = layers;
		const set = (name: string, value: unknown, before: unknown) => {
			if (!last || JSON.stringify(value) !== JSON.stringify(before)) {
				this.#map.setGlobalStateProperty(name, value);
			}
		};
		set(BY_CATEGORY, layers.byCategory ?? false, last?.byCategory ?? false);
		set(ALL_RADII, layers.allRadii ?? false, last?.allRadii ?? false);
		set(VISIBLE_PLACES, layers.visible ?? [], last?.visible ?? []);
		set(FILTER_PLACES, Array.isArray(layers.visible), Array.isArray(last?.visible));
	}

	/** Marks one place as pointed at (bigger, like a lit one), or none. */
	setHover(slug: string | null): void {
		if (slug === this.#hover) return;
		if (this.#hover)
			this.#map.setFeatureState({ source: PLACE_SOURCE, id: this.#hover }, { hover: false });
		if (slug) this.#map.setFeatureState({ source: PLACE_SOURCE, id: slug }, { hover: true });
		this.#hover = slug;
	}

	/** The state last applied. */
	get state(): MapState | null {
		return this.#last;
	}

	#setHighlight(state: MapState, last: MapState | null): void {
		if (!last || last.dimOthers !== state.dimOthers) {
			this.#map.setGlobalStateProperty(DIM_OTHERS, state.dimOthers);
		}
		const next = new Set(state.active);
		const same = last && next.size === this.#lit.size && [...next].every((s) => this.#lit.has(s));
		if (same) return;
		this.#map.setGlobalStateProperty(ACTIVE_PLACES, [...next]);
		for (const slug of this.#lit) {
			if (!next.has(slug))
				this.#map.setFeatureState({ source: PLACE_SOURCE, id: slug }, { active: false });
		}
		for (const slug of next) {
			if (!this.#lit.has(slug) || !last) {
				this.#map.setFeatureState({ source: PLACE_SOURCE, id: slug }, { active: true });
			}
		}
		this.#lit = next;
	}
}
