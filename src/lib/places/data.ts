import raw from '../../../geo/places.geojson?raw';
import { toMapFeatures as mapFeatures } from './features';
import type { Place } from './schema';

export { radiusAtZoom0 } from './features';

/**
 * The places of the report, from `geo/places.geojson`. The file is validated at build time
 * (vite plugin in `src/lib/server/geo-check.ts`) and in the unit tests, so here it is only typed.
 */
export const places: Place[] = (JSON.parse(raw) as { features: Place[] }).features;

const bySlug = new Map(places.map((p) => [p.id, p]));

export function getPlace(slug: string): Place | undefined {
	return bySlug.get(slug);
}

/** Places with a geometry, as map features (see features.ts); all places by default. */
export function toMapFeatures(list: Place[] = places): GeoJSON.FeatureCollection {
	return mapFeatures(list);
}
