import along from '@turf/along';
import length from '@turf/length';
import lineSlice from '@turf/line-slice';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { lineString, point } from '@turf/helpers';

/**
 * Written rules that compute a position from sourced geometry (see geo/derivations.json).
 * Each rule is a pure function of the river outline and sourced points, so anyone can re-run
 * it and get the same coordinates; the tests check the committed geometry against it.
 */

export type Rule =
	| { slug: string; rule: 'nearest-bank-point'; from: string; why: string }
	| { slug: string; rule: 'bank-between'; from: string; to: string; why: string }
	| {
			slug: string;
			rule: 'along-bank';
			from: string;
			distance_m: number;
			direction: 'west' | 'east';
			why: string;
	  };

type LonLat = [number, number];

const round6 = (c: number[]): LonLat => [
	Math.round(c[0] * 1e6) / 1e6,
	Math.round(c[1] * 1e6) / 1e6
];

/** The river's outline as one closed line (the outer ring of the river polygon). */
export function riverOutline(river: GeoJSON.Polygon): GeoJSON.Feature<GeoJSON.LineString> {
	return lineString(river.coordinates[0]);
}

/** The point of the bank nearest to `from`, and its index along the outline. */
export function nearestBankPoint(outline: GeoJSON.Feature<GeoJSON.LineString>, from: LonLat) {
	const hit = nearestPointOnLine(outline, point(from), { units: 'meters' });
	return {
		coordinates: round6(hit.geometry.coordinates),
		distanceM: hit.properties.dist as number
	};
}

/**
 * The stretch of bank between the points nearest to `a` and `b`. The outline is a closed
 * ring, so there are two ways round: the shorter one is the bank between them (the other
 * goes round the far bank).
 */
export function bankBetween(
	outline: GeoJSON.Feature<GeoJSON.LineString>,
	a: LonLat,
	b: LonLat
): GeoJSON.LineString {
	const ring = outline.geometry.coordinates;
	const start = nearestPointOnLine(outline, point(a));
	const end = nearestPointOnLine(outline, point(b));
	const direct = lineSlice(start, end, outline);
	// The other way round: from the end to the ring's close, then from its start.
	const [i, j] = [start.properties.index as number, end.properties.index as number];
	const [lo, hi] = i <= j ? [start, end] : [end, start];
	const [ilo, ihi] = i <= j ? [i, j] : [j, i];
	const around = lineString([
		hi.geometry.coordinates,
		...ring.slice(ihi + 1),
		...ring.slice(1, ilo + 1),
		lo.geometry.coordinates
	]);
	const shorter = length(direct) <= length(around) ? direct : around;
	return { type: 'LineString', coordinates: shorter.geometry.coordinates.map(round6) };
}

/**
 * The bank point `distanceM` along the bank from the point nearest `from`, going west or
 * east (whichever way along the ring lowers or raises the longitude).
 */
export function alongBank(
	outline: GeoJSON.Feature<GeoJSON.LineString>,
	from: LonLat,
	distanceM: number,
	direction: 'west' | 'east'
): LonLat {
	const ring = outline.geometry.coordinates;
	const start = nearestPointOnLine(outline, point(from));
	const i = start.properties.index as number;
	const forward = lineString([start.geometry.coordinates, ...ring.slice(i + 1)]);
	const backward = lineString([start.geometry.coordinates, ...ring.slice(0, i + 1).reverse()]);
	const a = along(forward, distanceM, { units: 'meters' }).geometry.coordinates;
	const b = along(backward, distanceM, { units: 'meters' }).geometry.coordinates;
	const west = a[0] < b[0] ? a : b;
	const east = a[0] < b[0] ? b : a;
	return round6(direction === 'west' ? west : east);
}

/** Applies one rule; `sourced` gives the sourced point of each place a rule starts from. */
export function applyRule(
	rule: Rule,
	river: GeoJSON.Polygon,
	sourced: (slug: string) => LonLat
): GeoJSON.Point | GeoJSON.LineString {
	const outline = riverOutline(river);
	switch (rule.rule) {
		case 'nearest-bank-point':
			return {
				type: 'Point',
				coordinates: nearestBankPoint(outline, sourced(rule.from)).coordinates
			};
		case 'bank-between':
			return bankBetween(outline, sourced(rule.from), sourced(rule.to));
		case 'along-bank':
			return {
				type: 'Point',
				coordinates: alongBank(outline, sourced(rule.from), rule.distance_m, rule.direction)
			};
	}
}
