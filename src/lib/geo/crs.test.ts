import { describe, expect, it } from 'vitest';
import { bd09ToWgs84, gcj02ToWgs84, toWgs84, wgs84ToBd09, wgs84ToGcj02, type LonLat } from './crs';
import { haversine } from './distance';

/**
 * Published WGS-84 / GCJ-02 test vectors from independent implementations, [lon, lat].
 * The forward formula is deterministic, so forward results should match to centimetres;
 * the inverse is iterative, so allow 0.5 m (eviltransform's own bound for its exact inverse).
 */
interface KnownPair {
	label: string;
	wgs: LonLat;
	gcj: LonLat;
	source: string;
}

const KNOWN_PAIRS: KnownPair[] = [
	{
		label: 'Shanghai',
		wgs: [121.5272106, 31.1774276],
		gcj: [121.531541859215, 31.17530398364597],
		// github.com/googollee/eviltransform, go/transform_test.go and javascript/test.js
		// (stored as [wgsLat, wgsLng, gcjLat, gcjLng])
		source: 'googollee/eviltransform go/transform_test.go'
	},
	{
		label: 'Shenzhen',
		wgs: [113.912316, 22.543847],
		gcj: [113.9171764808363, 22.540796131694766],
		// github.com/googollee/eviltransform, go/transform_test.go and javascript/test.js
		source: 'googollee/eviltransform go/transform_test.go'
	},
	{
		label: 'Beijing',
		wgs: [116.377817, 39.911954],
		gcj: [116.38404722455657, 39.91334545536069],
		// github.com/googollee/eviltransform, go/transform_test.go and javascript/test.js
		source: 'googollee/eviltransform go/transform_test.go'
	},
	{
		label: 'Beijing (coordtransform README example)',
		wgs: [116.404, 39.915],
		gcj: [116.41024449916938, 39.91640428150164],
		// github.com/wandergis/coordtransform, README.md: wgs84togcj02(116.404, 39.915)
		source: 'wandergis/coordtransform README.md'
	},
	{
		label: 'gcoord unit test point',
		wgs: [123, 45],
		gcj: [123.00607541, 45.00197815],
		// github.com/hujiulong/gcoord, test/unit/crs/WGS84.spec.ts ('WGS84 to GCJ02')
		source: 'hujiulong/gcoord test/unit/crs/WGS84.spec.ts'
	}
];

/** Pairs published for the inverse direction (GCJ-02 input → WGS-84 output). */
const KNOWN_INVERSE: KnownPair[] = [
	{
		label: 'gcoord unit test point (inverse)',
		gcj: [123, 45],
		wgs: [122.99395597, 44.99804071],
		// github.com/hujiulong/gcoord, test/unit/crs/GCJ02.spec.ts ('GCJ02 to WGS84')
		source: 'hujiulong/gcoord test/unit/crs/GCJ02.spec.ts'
	},
	{
		label: 'Beijing (coordtransform README example, one-step inverse)',
		gcj: [116.404, 39.915],
		wgs: [116.39775550083061, 39.91359571849836],
		// github.com/wandergis/coordtransform, README.md: gcj02towgs84(116.404, 39.915).
		// coordtransform inverts in one step (approximate); agreement within 2 m is expected.
		source: 'wandergis/coordtransform README.md'
	}
];

describe('wgs84ToGcj02 against published vectors', () => {
	it.each(KNOWN_PAIRS)('$label ($source)', ({ wgs, gcj }) => {
		expect(haversine(wgs84ToGcj02(wgs), gcj)).toBeLessThan(0.05);
	});
});

describe('gcj02ToWgs84 against published vectors', () => {
	it.each(KNOWN_PAIRS)('$label, inverted ($source)', ({ wgs, gcj }) => {
		expect(haversine(gcj02ToWgs84(gcj), wgs)).toBeLessThan(0.5);
	});
	it.each(KNOWN_INVERSE)('$label ($source)', ({ wgs, gcj }) => {
		expect(haversine(gcj02ToWgs84(gcj), wgs)).toBeLessThan(2);
	});
});

describe('behaviour around Jiujiang', () => {
	// A 0.01° grid over the map box lon 115.85–116.20, lat 29.60–29.82.
	const grid: LonLat[] = [];
	for (let i = 0; i <= 35; i++) {
		for (let j = 0; j <= 22; j++) grid.push([115.85 + i * 0.01, 29.6 + j * 0.01]);
	}

	it('shifts WGS-84 points by 300–700 m (the documented GCJ-02 offset)', () => {
		for (const p of grid) {
			const d = haversine(p, wgs84ToGcj02(p));
			expect(d).toBeGreaterThan(300);
			expect(d).toBeLessThan(700);
		}
	});

	it('gcj02ToWgs84 inverts wgs84ToGcj02 within 1 m', () => {
		for (const p of grid) {
			expect(haversine(p, gcj02ToWgs84(wgs84ToGcj02(p)))).toBeLessThan(1);
		}
	});

	it('shifts GCJ-02 points back by the same 300–700 m', () => {
		for (const p of grid) {
			const d = haversine(p, gcj02ToWgs84(p));
			expect(d).toBeGreaterThan(300);
			expect(d).toBeLessThan(700);
		}
	});
});

describe('edge cases', () => {
	it('leaves points outside China unchanged', () => {
		expect(wgs84ToGcj02([2.3522, 48.8566])).toEqual([2.3522, 48.8566]);
		expect(gcj02ToWgs84([2.3522, 48.8566])).toEqual([2.3522, 48.8566]);
	});

	it('rejects non-finite input', () => {
		expect(() => wgs84ToGcj02([NaN, 29.7])).toThrow(RangeError);
		expect(() => gcj02ToWgs84([116, Infinity])).toThrow(RangeError);
	});

	it('does not mutate its input', () => {
		const p: LonLat = [116.0, 29.7];
		wgs84ToGcj02(p);
		gcj02ToWgs84(p);
		expect(p).toEqual([116.0, 29.7]);
	});
});

/**
 * Published BD-09 pairs. gcoord's own unit tests give BD-09 ⇄ WGS-84 at [123, 45];
 * coordtransform's README gives BD-09 ⇄ GCJ-02 at Beijing, which, combined with the GCJ-02
 * inverse checked above, gives a BD-09 → WGS-84 pair from an independent implementation.
 */
describe('BD-09 (Baidu) against published vectors', () => {
	it('bd09ToWgs84 matches gcoord test/unit/crs/BD09.spec.ts (BD09 to WGS84)', () => {
		// hujiulong/gcoord: BD09.to.WGS84([123, 45]) ≈ [122.98762210, 44.99171540]
		expect(haversine(bd09ToWgs84([123, 45]), [122.9876221, 44.9917154])).toBeLessThan(0.5);
	});

	it('wgs84ToBd09 matches gcoord test/unit/crs/WGS84.spec.ts (WGS84 to BD09)', () => {
		// hujiulong/gcoord: WGS84.to.BD09([123, 45]) ≈ [123.0124491, 45.0083293]
		expect(haversine(wgs84ToBd09([123, 45]), [123.0124491, 45.0083293])).toBeLessThan(0.5);
	});

	it('bd09ToWgs84 agrees with coordtransform README (bd09togcj02, then GCJ-02 inverse)', () => {
		// wandergis/coordtransform README.md: bd09togcj02(116.404, 39.915)
		//   = [116.39762729119315, 39.90865673957631]
		const gcj: LonLat = [116.39762729119315, 39.90865673957631];
		expect(haversine(bd09ToWgs84([116.404, 39.915]), gcj02ToWgs84(gcj))).toBeLessThan(0.5);
		// and the forward direction: gcj02tobd09(116.404, 39.915) = [116.41036949371029, 39.92133699351021]
		const bd = wgs84ToBd09(gcj02ToWgs84([116.404, 39.915]));
		expect(haversine(bd, [116.41036949371029, 39.92133699351021])).toBeLessThan(0.5);
	});

	it('round-trips around Jiujiang within 1 m, and moves points further than GCJ-02 does', () => {
		for (const p of [
			[115.95, 29.7],
			[116.0, 29.73],
			[116.1, 29.76]
		] as LonLat[]) {
			expect(haversine(p, bd09ToWgs84(wgs84ToBd09(p)))).toBeLessThan(1);
			expect(haversine(p, wgs84ToBd09(p))).toBeGreaterThan(haversine(p, wgs84ToGcj02(p)));
		}
	});
});

describe('toWgs84: the pasted system decides the conversion', () => {
	const jiujiang: LonLat = [116.0, 29.73];

	it('leaves WGS-84 and CGCS2000 (Tianditu) coordinates as they are', () => {
		expect(toWgs84(jiujiang, 'WGS84')).toEqual(jiujiang);
		expect(toWgs84(jiujiang, 'CGCS2000')).toEqual(jiujiang);
	});

	it('converts GCJ-02 (Amap, Tencent) and BD-09 (Baidu) back to the WGS-84 point', () => {
		expect(haversine(toWgs84(wgs84ToGcj02(jiujiang), 'GCJ02'), jiujiang)).toBeLessThan(1);
		expect(haversine(toWgs84(wgs84ToBd09(jiujiang), 'BD09'), jiujiang)).toBeLessThan(1);
	});

	it('rejects non-finite input in every system', () => {
		expect(() => toWgs84([NaN, 29.7], 'WGS84')).toThrow(RangeError);
		expect(() => toWgs84([116, NaN], 'BD09')).toThrow(RangeError);
	});
});
