import { resolve } from '$app/paths';
import type { BasemapUrls } from './style';

/**
 * Where the maps' data files are served from: files of the build itself (prerendered from
 * geo/ by the routes under src/routes/basemap and src/routes/data), fetched by MapLibre when
 * it starts, never bundled into the page's JavaScript.
 */
export const basemapUrls: BasemapUrls = {
	water: resolve('/basemap/[layer].geojson', { layer: 'water' }),
	district: resolve('/basemap/[layer].geojson', { layer: 'district' }),
	neighbours: resolve('/basemap/[layer].geojson', { layer: 'neighbours' }),
	labels: resolve('/basemap/[layer].geojson', { layer: 'labels' })
};

/** The places layer (map features only). */
export const placesUrl = resolve('/data/places.geojson');
