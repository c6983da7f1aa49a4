import { describe, expect, it } from 'vitest';
import { displayWater } from './basemap-display';
import { basemapFile } from './district';

type Poly = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** The outer rings of every polygon of a feature. */
function rings(feature: Poly): [number, number][][] {
	const g = feature.geometry;
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return polys.map((p) => p[0] as [number, number][]);
}

/** Every ring (outer and holes) of every polygon of a feature. */
function allRings(feature: Poly): [number, number][][] {
	const g = feature.geometry;
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return polys.flat() as [number, number][][];
}

/** Local metres east/north of a point (equirectangular: exact enough over a few km). */
const M = 111_320;
const COS = Math.cos((29.72 * Math.PI) / 180);
const metres = ([lon, lat]: [number, number]) => [lon * M * COS, lat * M];

/** The bank as straight segments in local metres. */
function segments(feature: Poly): number[][] {
	return allRings(feature).flatMap((ring) =>
		ring.slice(1).map((b, i) => [...metres(ring[i]), ...metres(b)])
	);
}

function distanceToSegments(point: [number, number], segs: number[][]): number {
	const [x, y] = metres(point);
	let best = Infinity;
	for (const [ax, ay, bx, by] of segs) {
		const dx = bx - ax;
		const dy = by - ay;
		const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
		best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
	}
	return best;
}

/** Fraction of consecutive vertex triples that turn by about a right angle (a staircase). */
function rightAngleShare(ring: [number, number][]): number {
	let square = 0;
	for (let i = 1; i < ring.length - 1; i++) {
		const [a, b, c] = [ring[i - 1], ring[i], ring[i + 1]];
		const u = [b[0] - a[0], b[1] - a[1]];
		const v = [c[0] - b[0], c[1] - b[1]];
		const cos = (u[0] * v[0] + u[1] * v[1]) / (Math.hypot(...u) * Math.hypot(...v) || 1);
		if (Math.abs(cos) < 0.05) square++;
	}
	return square / Math.max(1, ring.length - 2);
}

describe('the river as drawn', () => {
	const raw = basemapFile<GeoJSON.FeatureCollection>('water').features as Poly[];
	const shown = displayWater().features as Poly[];

	it('has lost the 20-m raster staircase of the data file', () => {
		const before = rightAngleShare(rings(raw[0])[0]);
		const after = rightAngleShare(rings(shown[0])[0]);
		expect(before).toBeGreaterThan(0.2);
		expect(after).toBeLessThan(0.02);
	});

	it('moves the bank by no more than 30 m anywhere', () => {
		for (let f = 0; f < raw.length; f++) {
			const bank = segments(raw[f]);
			for (const ring of allRings(shown[f])) {
				for (const point of ring) expect(distanceToSegments(point, bank)).toBeLessThan(30);
			}
		}
	});

	it('keeps each feature’s name and kind', () => {
		expect(shown.map((f) => f.properties)).toEqual(raw.map((f) => f.properties));
	});
});
