import {
	haversine,
	pointInArea,
	pointToLine,
	pointToOutline,
	type Position
} from '$lib/geo/distance';
import { vertices, type PlaceGeometry, type PlaceItem } from './list';

/**
 * "Near me": distances from the reader's position to the places on the map, computed in the
 * browser over the few placed geometries the page already has. The position is never stored
 * or sent anywhere.
 */

/** Metres from `here` to the nearest part of a geometry (0 inside an area). */
export function distanceTo(here: Position, geometry: PlaceGeometry): number {
	switch (geometry.type) {
		case 'Point':
			return haversine(here, geometry.coordinates);
		case 'LineString':
			return pointToLine(here, geometry.coordinates);
		case 'Polygon':
		case 'MultiPolygon':
			return pointInArea(here, geometry) ? 0 : pointToOutline(here, geometry);
	}
}

export interface Nearby<T> {
	item: T;
	/** Null for a place not on the map (no distance can be given). */
	metres: number | null;
}

/** Items nearest first; places not on the map after them, in their list order. */
export function byDistance<T extends Pick<PlaceItem, 'geometry'>>(
	items: T[],
	here: Position
): Nearby<T>[] {
	const measured = items.map((item) => ({
		item,
		metres: item.geometry ? distanceTo(here, item.geometry) : null
	}));
	const placed = measured.filter((m) => m.metres !== null);
	placed.sort((a, b) => (a.metres as number) - (b.metres as number));
	return [...placed, ...measured.filter((m) => m.metres === null)];
}

/** Is `here` inside the district's outline (a simplified ring is close enough)? */
export function insideDistrict(here: Position, outline: Position[][]): boolean {
	return pointInArea(here, { type: 'Polygon', coordinates: outline });
}

/** A distance as a reader says it: 350 米, 1.2 公里, 12 公里. */
export function formatDistance(metres: number): string {
	if (metres < 50) return '不到 50 米';
	if (metres < 1000) return `约 ${Math.round(metres / 10) * 10} 米`;
	if (metres < 10_000) return `约 ${(metres / 1000).toFixed(1)} 公里`;
	return `约 ${Math.round(metres / 1000)} 公里`;
}

/**
 * Metres between the nearest parts of two geometries: the least distance from any vertex of
 * one to the other (exact for points; for lines it can miss a crossing between vertices,
 * which at our scale of tens of metres per vertex does not matter).
 */
export function geometryDistance(a: PlaceGeometry, b: PlaceGeometry): number {
	const ab = Math.min(...vertices(a).map((v) => distanceTo(v, b)));
	const ba = Math.min(...vertices(b).map((v) => distanceTo(v, a)));
	return Math.min(ab, ba);
}
