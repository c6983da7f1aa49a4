import type { Map as MaplibreMap } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';

declare global {
	interface Window {
		/** The editor's map and drawing tools, for the browser tests (dev-only page). */
		__editor?: { map: MaplibreMap; draw: TerraDraw; ready: boolean };
	}
}

export {};
