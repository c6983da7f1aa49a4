import along from '@turf/along';
import { lineString } from '@turf/helpers';
import length from '@turf/length';
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

/** Metres per pixel at zoom 0 on the equator, for MapLibre's 512-pixel world. */
const METRES_PER_PIXEL_Z0 = 40075016.686 / 512;

/**
 * A point's uncertainty radius in pixels at zoom 0 (`radius_z0`), which the map scales by
 * 2^zoom to draw the circle the true position may lie in. Only for points whose position is
 * not stated by a source.
 */
export function radiusAtZoom0(place: Place): { radius_z0?: number } {
	const { accuracy, radius_m } = place.properties.position;
	if (place.geometry?.type !== 'Point' || accuracy === 'sourced' || !radius_m) return {};
	const lat = place.geometry.coordinates[1];
	return { radius_z0: radius_m / (METRES_PER_PIXEL_Z0 * Math.cos((lat * Math.PI) / 180)) };
}

/**
 * Places with a geometry, as map features (`slug` is promoted to the feature-state id). A line
 * also gets a point at its middle (`label_point`), where its name goes when the name is longer
 * than the line is on screen.
 */
export function toMapFeatures(list: Place[] = places): GeoJSON.FeatureCollection {
	const features: GeoJSON.Feature[] = [];
	for (const p of list) {
		if (!p.geometry) continue;
		const properties = {
			slug: p.id,
			name: p.properties.name,
			category: p.properties.category,
			status: p.properties.status,
			accuracy: p.properties.position.accuracy,
			...radiusAtZoom0(p)
		};
		features.push({ type: 'Feature', geometry: p.geometry as GeoJSON.Geometry, properties });
		if (p.geometry.type === 'LineString') {
			const line = lineString(p.geometry.coordinates);
			const middle = along(line, length(line) / 2).geometry;
			features.push({
				type: 'Feature',
				geometry: middle,
				properties: { slug: p.id, name: p.properties.name, label_point: true }
			});
		}
	}
	return { type: 'FeatureCollection', features };
}
