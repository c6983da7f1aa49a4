import along from '@turf/along';
import { lineString } from '@turf/helpers';
import length from '@turf/length';
import type { Place } from './schema';

/**
 * Places as map features: pure functions of a list of places, so the location editor can draw
 * the file it is editing (data.ts gives them the committed places by default).
 */

/** Metres per pixel at zoom 0 on the equator, for MapLibre's 512-pixel world. */
const METRES_PER_PIXEL_Z0 = 40075016.686 / 512;

/**
 * A point's or line's uncertainty radius in pixels at zoom 0 (`radius_z0`), which the map
 * scales by 2^zoom to draw the circle (round a point) or band (along a line) the true position
 * may lie in. Only for places whose position is not stated by a source.
 */
export function radiusAtZoom0(place: Place): { radius_z0?: number } {
	const { accuracy, radius_m } = place.properties.position;
	const g = place.geometry;
	if (!g || accuracy === 'sourced' || !radius_m) return {};
	if (g.type !== 'Point' && g.type !== 'LineString') return {};
	const lat = g.type === 'Point' ? g.coordinates[1] : g.coordinates[0][1];
	return { radius_z0: radius_m / (METRES_PER_PIXEL_Z0 * Math.cos((lat * Math.PI) / 180)) };
}

/**
 * Places with a geometry, as map features (`slug` is promoted to the feature-state id). A line
 * also gets a point at its middle (`label_point`), where its name goes when the name is longer
 * than the line is on screen.
 */
export function toMapFeatures(list: Place[]): GeoJSON.FeatureCollection {
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
