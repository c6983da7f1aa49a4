/**
 * Which basemap the build uses. The offline sketch is the default and is always drawn
 * underneath: an online basemap is a layer over it, so when the venue has no network the
 * map falls back to the sketch by itself and keeps every place layer.
 */
export type Basemap =
	| { kind: 'offline' }
	| { kind: 'tianditu'; variant: 'vec' | 'img'; key: string; reviewNumber: string }
	| { kind: 'style'; url: string };

export interface BasemapEnv {
	PUBLIC_BASEMAP?: string;
	PUBLIC_TIANDITU_KEY?: string;
	PUBLIC_TIANDITU_REVIEW_NUMBER?: string;
}

/** Reads the build-time setting; anything incomplete or unknown means the offline sketch. */
export function basemapFromEnv(env: BasemapEnv): Basemap {
	const choice = (env.PUBLIC_BASEMAP ?? '').trim();
	if (choice === 'tianditu-vec' || choice === 'tianditu-img') {
		const key = (env.PUBLIC_TIANDITU_KEY ?? '').trim();
		const reviewNumber = (env.PUBLIC_TIANDITU_REVIEW_NUMBER ?? '').trim();
		// Tianditu tiles may only be shown with their map review number (审图号).
		if (!key || !reviewNumber) return { kind: 'offline' };
		return {
			kind: 'tianditu',
			variant: choice === 'tianditu-vec' ? 'vec' : 'img',
			key,
			reviewNumber
		};
	}
	if (/^https:\/\/\S+$/.test(choice)) return { kind: 'style', url: choice };
	return { kind: 'offline' };
}

/** Tianditu WMTS tile templates for one layer (Web Mercator, CGCS2000 ≈ WGS-84: no shift). */
export function tiandituTiles(layer: 'vec' | 'cva' | 'img' | 'cia', key: string): string[] {
	return Array.from(
		{ length: 8 },
		(_, i) =>
			`https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
			`&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles` +
			`&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`
	);
}

/**
 * The deepest zoom the offline sketch honestly supports. GSHHG's bank is accurate to about
 * 50–200 m and shows its 20-m raster steps from zoom 13 on, so the sketch stops here.
 */
export const SKETCH_MAX_ZOOM = 13.5;
/** Online basemaps keep their own limit (Tianditu serves tiles to zoom 18). */
export const ONLINE_MAX_ZOOM = 18;

/** How far in this basemap lets the map zoom. */
export function basemapMaxZoom(basemap: Basemap): number {
	return basemap.kind === 'offline' ? SKETCH_MAX_ZOOM : ONLINE_MAX_ZOOM;
}
