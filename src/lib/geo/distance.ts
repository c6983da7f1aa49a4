/**
 * Small, dependency-free geometry helpers for checks on the basemap data (WGS-84 degrees,
 * [lon, lat]). Distances are in metres on a sphere of the mean Earth radius.
 *
 * Point-to-segment distance uses a local equirectangular projection centred on the point:
 * for segments a few kilometres long (our outlines) its error is far below a metre, which is
 * plenty for checks at the 10–100 m level.
 */

export type Position = [number, number];
export type Ring = Position[];
export interface PolygonGeometry {
	type: 'Polygon';
	coordinates: Ring[];
}
export interface MultiPolygonGeometry {
	type: 'MultiPolygon';
	coordinates: Ring[][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_M = 6371008.8;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in metres. */
export function haversine(a: Position, b: Position): number {
	const dLat = rad(b[1] - a[1]);
	const dLon = rad(b[0] - a[0]);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance in metres from point p to the segment a–b. */
export function pointToSegment(p: Position, a: Position, b: Position): number {
	const k = Math.cos(rad(p[1]));
	const ax = rad(a[0] - p[0]) * k * EARTH_RADIUS_M;
	const ay = rad(a[1] - p[1]) * EARTH_RADIUS_M;
	const bx = rad(b[0] - p[0]) * k * EARTH_RADIUS_M;
	const by = rad(b[1] - p[1]) * EARTH_RADIUS_M;
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	// Parameter of the foot of the perpendicular from the origin (p), clamped to the segment.
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
	return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Distance in metres from point p to a polyline. */
export function pointToLine(p: Position, line: Position[]): number {
	if (line.length === 0) return Infinity;
	if (line.length === 1) return haversine(p, line[0]);
	let best = Infinity;
	for (let i = 1; i < line.length; i++)
		best = Math.min(best, pointToSegment(p, line[i - 1], line[i]));
	return best;
}

/** All rings (outer and holes) of a polygon or multipolygon. */
export function ringsOf(geometry: AreaGeometry): Ring[] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Distance in metres from p to the nearest edge of the area's outline (inside or out). */
export function pointToOutline(p: Position, geometry: AreaGeometry): number {
	return Math.min(...ringsOf(geometry).map((ring) => pointToLine(p, ring)));
}

/** Even–odd ray casting: is p inside the ring? (Points exactly on an edge may go either way.) */
export function pointInRing(p: Position, ring: Ring): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) {
			inside = !inside;
		}
	}
	return inside;
}

/** Is p inside the polygon or multipolygon (inside an outer ring and not in one of its holes)? */
export function pointInArea(p: Position, geometry: AreaGeometry): boolean {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.some(
		([outer, ...holes]) => pointInRing(p, outer) && !holes.some((hole) => pointInRing(p, hole))
	);
}

/** Median of a list of numbers (NaN for an empty list). */
export function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const s = [...values].sort((x, y) => x - y);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
