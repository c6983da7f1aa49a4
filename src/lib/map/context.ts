import { getContext, setContext } from 'svelte';
import type { MapController } from './controller';

const KEY = Symbol('map');

/** Holds the map controller once the map has loaded (null before, or without WebGL). */
export interface MapContext {
	readonly controller: MapController | null;
}

export function setMapContext(ctx: MapContext): MapContext {
	return setContext(KEY, ctx);
}

/** The enclosing map; throws when a component that needs it is used outside a map page. */
export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('getMapContext() called outside a component tree with a map');
	return ctx;
}
