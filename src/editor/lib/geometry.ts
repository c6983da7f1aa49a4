import bbox from '@turf/bbox';
import { boxAround, POINT_HALF_EXTENT_M, unionBox, widen, type Box } from '../../lib/map/frame';
import type { DrawnGeometry } from './request';

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Coordinates to 6 decimals (about 0.1 m): finer digits would claim a precision nobody has.
 * What is stored, and what the map draws as the proposal (terra-draw refuses finer input).
 */
export function roundGeometry(g: DrawnGeometry): DrawnGeometry {
	switch (g.type) {
		case 'Point':
			return { type: 'Point', coordinates: [round6(g.coordinates[0]), round6(g.coordinates[1])] };
		case 'LineString':
			return {
				type: 'LineString',
				coordinates: g.coordinates.map(([x, y]) => [round6(x), round6(y)])
			};
		case 'Polygon':
			return {
				type: 'Polygon',
				coordinates: g.coordinates.map((ring) => ring.map(([x, y]) => [round6(x), round6(y)]))
			};
	}
}

/** The ground to show round a proposed geometry: 400 m round a point, else its extent. */
export function geometryBox(g: DrawnGeometry): Box {
	if (g.type === 'Point') return boxAround(g.coordinates, POINT_HALF_EXTENT_M);
	return bbox(g) as Box;
}

/** The ground to show round preview features (pasted points, candidates): all of them, with room. */
export function featuresBox(features: GeoJSON.Feature[]): Box | null {
	if (features.length === 0) return null;
	const box = bbox({ type: 'FeatureCollection', features }) as Box;
	const centre: [number, number] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
	return unionBox([widen(box, 150), boxAround(centre, POINT_HALF_EXTENT_M)]);
}
