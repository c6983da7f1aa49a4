import { describe, expect, it } from 'vitest';
import { nameAngle, toMapFeatures } from './features';
import { places } from './data';

describe('nameAngle: how a line name is turned to lie along the line', () => {
	it('lies flat on a line running east or west', () => {
		expect(
			nameAngle([
				[115.9, 29.7],
				[116.0, 29.7]
			])
		).toBe(0);
		expect(
			nameAngle([
				[116.0, 29.7],
				[115.9, 29.7]
			])
		).toBe(0);
	});

	it('stands upright on a line running north or south', () => {
		expect(
			Math.abs(
				nameAngle([
					[116, 29.6],
					[116, 29.8]
				])
			)
		).toBe(90);
	});

	it('rises to the right (counter-clockwise, negative) on a line running north-east, either way round', () => {
		// 0.1° of longitude and the Mercator equivalent of 0.1° at this latitude: 45° on screen.
		const lat = 29.7;
		const dLat = 0.1 * Math.cos((lat * Math.PI) / 180);
		const ne: GeoJSON.Position[] = [
			[116.0, lat],
			[116.1, lat + dLat]
		];
		expect(nameAngle(ne)).toBeCloseTo(-45, 0);
		expect(nameAngle([...ne].reverse())).toBeCloseTo(-45, 0);
	});

	it('follows the middle of a bent line, not its ends', () => {
		// West for a long way, then a short stretch north: the name lies flat.
		expect(
			nameAngle([
				[116.0, 29.7],
				[116.3, 29.7],
				[116.3, 29.72]
			])
		).toBe(0);
	});
});

describe('toMapFeatures', () => {
	it('gives every line exactly one name point, with its angle', () => {
		const features = toMapFeatures(places).features;
		const lines = places.filter((p) => p.geometry?.type === 'LineString');
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) {
			const names = features.filter(
				(f) => f.properties?.slug === line.id && f.properties?.label_point
			);
			expect(names, line.id).toHaveLength(1);
			expect(names[0].geometry.type).toBe('Point');
			expect(typeof names[0].properties?.label_angle).toBe('number');
		}
	});
});
