// What tests/e2e/fixtures.ts installs in every page under test (never in a visitor's page).
import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
	interface Window {
		/** The live map, once it has started. */
		__map?: MaplibreMap;
		/** The map region's state: picture | loading | idle | moving | no-webgl | error. */
		__mapState?: string;
	}
}

export {};
