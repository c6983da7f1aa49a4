import turfDistance from '@turf/distance';
import { lineString } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { describe, expect, it } from 'vitest';
import type { Position } from '$lib/geo/distance';
import { getPlace, places } from '$lib/places';
import { byDistance, distanceTo, formatDistance, geometryDistance, insideDistrict } from './near';
import type { PlaceGeometry } from './list';

const point = (lon: number, lat: number): PlaceGeometry => ({
	type: 'Point',
	coordinates: [lon, lat]
});

describe('near me', () => {
	// One thousandth of a degree of latitude is about 111 m.
	const here: [number, number] = [116.0, 29.74];

	it('sorts placed places nearest first and puts places not on the map last', () => {
		const items = [
			{ slug: 'far', geometry: point(116.0, 29.75) },
			{ slug: 'unplaced', geometry: null },
			{ slug: 'near', geometry: point(116.0, 29.741) }
		];
		const sorted = byDistance(items, here);
		expect(sorted.map((n) => n.item.slug)).toEqual(['near', 'far', 'unplaced']);
		expect(sorted[0].metres).toBeCloseTo(111.2, 0);
		expect(sorted[2].metres).toBeNull();
	});

	it('measures to the nearest part of a line, not its first vertex', () => {
		const line: PlaceGeometry = {
			type: 'LineString',
			coordinates: [
				[115.99, 29.741],
				[116.01, 29.741]
			]
		};
		expect(distanceTo(here, line)).toBeCloseTo(111.2, 0);
	});

	it('knows whether the reader is inside the outline', () => {
		const square = [
			[
				[115.9, 29.7],
				[116.1, 29.7],
				[116.1, 29.8],
				[115.9, 29.8],
				[115.9, 29.7]
			] as [number, number][]
		];
		expect(insideDistrict(here, square)).toBe(true);
		expect(insideDistrict([116.3, 29.74], square)).toBe(false);
	});

	it('says distances the way a reader would', () => {
		expect(formatDistance(20)).toBe('不到 50 米');
		expect(formatDistance(347)).toBe('约 350 米');
		expect(formatDistance(1234)).toBe('约 1.2 公里');
		expect(formatDistance(23_400)).toBe('约 23 公里');
	});
});

describe('geometryDistance', () => {
	it('is the gap between the nearest parts, whichever way round', () => {
		const line: PlaceGeometry = {
			type: 'LineString',
			coordinates: [
				[115.99, 29.74],
				[116.01, 29.74]
			]
		};
		const p = point(116.0, 29.742);
		expect(geometryDistance(p, line)).toBeCloseTo(222.4, 0);
		expect(geometryDistance(line, p)).toBeCloseTo(222.4, 0);
		expect(geometryDistance(p, p)).toBe(0);
	});
});

describe('near me agrees with turf on the real places', () => {
	// Readers spread over the district and its edges: beside the river, inland, far east.
	const readers: Position[] = [];
	for (let lon = 115.95; lon <= 116.08; lon += 0.026)
		for (let lat = 29.68; lat <= 29.76; lat += 0.016) readers.push([lon, lat]);
	const placed = places.filter((p) => p.geometry);

	/** Metres from `here` to a place as turf measures it. */
	function turfMetres(here: Position, geometry: NonNullable<(typeof places)[number]['geometry']>) {
		if (geometry.type === 'Point')
			return turfDistance(here, geometry.coordinates as Position, { units: 'meters' });
		if (geometry.type === 'LineString')
			return nearestPointOnLine(lineString(geometry.coordinates as Position[]), here, {
				units: 'meters'
			}).properties.dist;
		throw new Error(`no turf reference for ${geometry.type}`);
	}

	// A metre, or a thousandth of the distance for far places (turf's lines are geodesic).
	const slack = (metres: number) => Math.max(1, metres / 1000);

	it('gives each distance within a metre (0.1 % when far) and the same nearest-first order', () => {
		expect(placed.length).toBeGreaterThan(3);
		for (const here of readers) {
			const sorted = byDistance(
				placed.map((p) => ({ slug: p.id, geometry: p.geometry as PlaceGeometry })),
				here
			);
			const turf = sorted.map((n) => turfMetres(here, getPlace(n.item.slug)!.geometry!));
			sorted.forEach((n, i) =>
				expect(Math.abs(n.metres! - turf[i]), n.item.slug).toBeLessThan(slack(turf[i]))
			);
			// Nearest first by turf's measure too (near-ties may fall either way).
			for (let i = 1; i < turf.length; i++)
				expect(turf[i], `${here}`).toBeGreaterThanOrEqual(turf[i - 1] - slack(turf[i]));
		}
	});
});
