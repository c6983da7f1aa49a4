import raw from '../../../geo/places.geojson?raw';
import type { Place } from './schema';

/**
 * The places of the report, from `geo/places.geojson`. The file is validated at build time
 * (vite plugin in `src/lib/server/geo-check.ts`) and in the unit tests, so here it is only typed.
 */
export const places: Place[] = (JSON.parse(raw) as { features: Place[] }).features;

const bySlug = new Map(places.map((p) => [p.id, p]));

export function getPlace(slug: string): Place | undefined {
	return bySlug.get(slug);
}

/** Places with a geometry, as map features (`slug` is promoted to the feature-state id). */
export function toMapFeatures(list: Place[] = places): GeoJSON.FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: list
			.filter((p) => p.geometry !== null)
			.map((p) => ({
				type: 'Feature',
				geometry: p.geometry as GeoJSON.Geometry,
				properties: {
					slug: p.id,
					name: p.properties.name,
					category: p.properties.category,
					status: p.properties.status,
					accuracy: p.properties.position.accuracy
				}
			}))
	};
}
