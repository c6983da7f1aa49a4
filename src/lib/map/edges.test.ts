import { describe, expect, it } from 'vitest';
import { insetArea, insideOnly } from './edges';

/** A flat stand-in map: 1 px = 0.001°, top-left at (116, 29.8). */
const map = {
	getContainer: () => ({ clientWidth: 400, clientHeight: 300 }),
	unproject: ([x, y]: [number, number]) => ({ lng: 116 + x / 1000, lat: 29.8 - y / 1000 })
};

describe('the area where names of unlit places may stand', () => {
	it('is the map less the inset, as a closed ring', () => {
		const ring = insetArea(map, { x: 80, y: 28 }).coordinates[0];
		expect(ring).toHaveLength(5);
		expect(ring[0]).toEqual(ring[4]);
		const lons = ring.map((c) => c[0]);
		const lats = ring.map((c) => c[1]);
		expect(Math.min(...lons)).toBeCloseTo(116.08, 9);
		expect(Math.max(...lons)).toBeCloseTo(116.32, 9);
		expect(Math.max(...lats)).toBeCloseTo(29.772, 9);
		expect(Math.min(...lats)).toBeCloseTo(29.528, 9);
	});

	it('never turns inside out on a map narrower than twice the inset', () => {
		const narrow = { ...map, getContainer: () => ({ clientWidth: 100, clientHeight: 40 }) };
		const lons = insetArea(narrow).coordinates[0].map((c) => c[0]);
		expect(Math.max(...lons)).toBeGreaterThan(Math.min(...lons));
	});

	it('keeps the layer’s own filter and adds the area', () => {
		const area = insetArea(map);
		expect(insideOnly(['==', ['get', 'a'], 1], area)).toEqual([
			'all',
			['==', ['get', 'a'], 1],
			['within', area]
		]);
	});
});
