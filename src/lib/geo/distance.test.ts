import turfDistance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import {
	EARTH_RADIUS_M,
	haversine,
	median,
	pointInArea,
	pointToLine,
	pointToOutline,
	pointToSegment,
	type PolygonGeometry,
	type Position
} from './distance';

const METRES_PER_DEGREE = (Math.PI * EARTH_RADIUS_M) / 180; // ≈ 111 195 m

describe('haversine', () => {
	it('gives one degree of latitude as πR/180', () => {
		expect(haversine([116, 29], [116, 30])).toBeCloseTo(METRES_PER_DEGREE, 3);
	});

	it('agrees with @turf/distance near Jiujiang', () => {
		const a: Position = [115.99413, 29.72575];
		const b: Position = [116.034508, 29.740359];
		const turf = turfDistance(a, b, { units: 'kilometers' }) * 1000;
		expect(Math.abs(haversine(a, b) - turf)).toBeLessThan(0.5);
	});
});

describe('pointToSegment', () => {
	const a: Position = [116.0, 29.7];
	const b: Position = [116.02, 29.7];

	it('measures the perpendicular distance to a segment', () => {
		// 0.001° north of the middle of an east–west segment.
		expect(pointToSegment([116.01, 29.701], a, b)).toBeCloseTo(METRES_PER_DEGREE * 0.001, 0);
	});

	it('measures to the nearest end beyond the segment', () => {
		const p: Position = [116.03, 29.7];
		expect(pointToSegment(p, a, b)).toBeCloseTo(haversine(p, b), 0);
	});

	it('handles a degenerate segment', () => {
		const p: Position = [116.0, 29.701];
		expect(pointToSegment(p, a, a)).toBeCloseTo(haversine(p, a), 0);
	});
});

describe('polylines and polygons', () => {
	const square: PolygonGeometry = {
		type: 'Polygon',
		coordinates: [
			[
				[116.0, 29.7],
				[116.01, 29.7],
				[116.01, 29.71],
				[116.0, 29.71],
				[116.0, 29.7]
			],
			[
				[116.004, 29.704],
				[116.004, 29.706],
				[116.006, 29.706],
				[116.006, 29.704],
				[116.004, 29.704]
			]
		]
	};

	it('finds the nearest segment of a polyline', () => {
		const line: Position[] = [
			[116.0, 29.7],
			[116.01, 29.7],
			[116.01, 29.71]
		];
		expect(pointToLine([116.012, 29.705], line)).toBeCloseTo(
			pointToSegment([116.012, 29.705], line[1], line[2]),
			6
		);
		expect(pointToLine([116.0, 29.7], [])).toBe(Infinity);
	});

	it('tests points inside, outside and in a hole', () => {
		expect(pointInArea([116.002, 29.702], square)).toBe(true);
		expect(pointInArea([116.02, 29.705], square)).toBe(false);
		expect(pointInArea([116.005, 29.705], square)).toBe(false); // in the hole
		expect(
			pointInArea([116.005, 29.705], { type: 'MultiPolygon', coordinates: [square.coordinates] })
		).toBe(false);
	});

	it('measures to the nearest edge, holes included', () => {
		// Centre of the hole: 0.001° from each hole edge.
		const d = pointToOutline([116.005, 29.705], square);
		expect(d).toBeGreaterThan(90);
		expect(d).toBeLessThan(112);
	});
});

describe('median', () => {
	it('handles odd, even and empty lists without mutating input', () => {
		const v = [5, 1, 3];
		expect(median(v)).toBe(3);
		expect(v).toEqual([5, 1, 3]);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});
