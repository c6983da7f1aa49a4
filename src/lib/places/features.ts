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

/** Web Mercator y of a latitude, in the same units as longitude degrees. */
const mercatorY = (lat: number) =>
	(Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;

/**
 * The angle (degrees clockwise from east, between -90 and 90 so the text reads upright) at
 * which a line's name lies along it at its middle: the direction of the chord over the middle
 * fifth of the line, in Web Mercator, where angles on screen equal angles on the map.
 */
export function nameAngle(coordinates: GeoJSON.Position[]): number {
	const line = lineString(coordinates);
	const total = length(line);
	const [x0, y0] = along(line, total * 0.4).geometry.coordinates;
	const [x1, y1] = along(line, total * 0.6).geometry.coordinates;
	let angle = (Math.atan2(-(mercatorY(y1) - mercatorY(y0)), x1 - x0) * 180) / Math.PI;
	if (angle > 90) angle -= 180;
	if (angle < -90) angle += 180;
	return Math.round(angle * 10) / 10 || 0; // never -0
}

/**
 * Places with a geometry, as map features (`slug` is promoted to the feature-state id). A line
 * also gets a point at its middle (`label_point`, with `label_angle`), where its name is
 * written once, along the line: MapLibre's own line labels are placed per tile, so a long line
 * got its name twice, sometimes bent over a corner or cut by the map's edge.
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
				properties: {
					slug: p.id,
					name: p.properties.name,
					label_point: true,
					label_angle: nameAngle(p.geometry.coordinates)
				}
			});
		}
	}
	return { type: 'FeatureCollection', features };
}
