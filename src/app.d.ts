// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	interface Window {
		/** The live map, exposed for browser tests only. */
		__map?: MaplibreMap;
		/** 'loading' | 'idle' | 'error' | 'no-webgl': the map's state for browser tests. */
		__mapState?: string;
	}
}

export {};
