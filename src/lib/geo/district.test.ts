/**
 * Checks on the committed offline basemap layers (geo/basemap/, built by scripts/geo/):
 * the district outline lines up with an independent reference border, sourced riverside
 * points fall where they should, and the Yangtze polygon is where the bridge is.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wgs84ToGcj02 } from './crs';
import {
	median,
	pointInArea,
	pointToOutline,
	type AreaGeometry,
	type Position,
	type Ring
} from './distance';

interface AreaFeature {
	type: 'Feature';
	properties: Record<string, unknown>;
	geometry: AreaGeometry;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(path), 'utf8')) as T;

// Vitest runs from the repository root.
const district = readJson<AreaFeature>('geo/basemap/district.geojson');
const water = readJson<{ type: 'FeatureCollection'; features: AreaFeature[] }>(
	'geo/basemap/water.geojson'
);
const neighbours = readJson<{ type: 'FeatureCollection'; features: AreaFeature[] }>(
	'geo/basemap/neighbours.geojson'
);
const reference = readJson<{ coordinates: Position[]; source: string }>(
	'geo/reference/mid-river-line.json'
);

/** Sourced points (WGS-84), from the shared geo-reference places.json. */
const POWER_STATION: Position = [116.034508, 29.740359]; // Global Energy Monitor via WRI GPPD
const SUOJIANG_TOWER: Position = [116.001694, 29.739111]; // zh.wikipedia 锁江楼塔
const BRIDGE_MIDSPAN: Position = [116.0136, 29.7502]; // en.wikipedia Jiujiang Yangtze River Bridge

const toGcj = (geometry: AreaGeometry): AreaGeometry =>
	geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: geometry.coordinates.map((r) => r.map(wgs84ToGcj02)) }
		: {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates.map((p) => p.map((r: Ring) => r.map(wgs84ToGcj02)))
			};

const medianToOutline = (geometry: AreaGeometry) =>
	median(reference.coordinates.map((p) => pointToOutline(p, geometry)));

describe('district outline (浔阳区, 360403)', () => {
	it('is one WGS-84 polygon feature with the expected properties', () => {
		expect(district.type).toBe('Feature');
		expect(district.properties).toMatchObject({
			id: '360403',
			name: '浔阳区',
			label: '浔阳区（示意范围）',
			crs_note: 'GCJ-02 source converted to WGS-84 with gcoord'
		});
		expect(district.geometry.type).toBe('Polygon');
		for (const ring of district.geometry.coordinates as Ring[]) {
			expect(ring[0]).toEqual(ring[ring.length - 1]);
			for (const [lon, lat] of ring) {
				expect(lon).toBeGreaterThan(115.8);
				expect(lon).toBeLessThan(116.2);
				expect(lat).toBeGreaterThan(29.55);
				expect(lat).toBeLessThan(29.8);
			}
		}
	});

	it('has its river edge within 150 m (median) of the independent reference border', () => {
		expect(reference.coordinates.length).toBeGreaterThanOrEqual(5);
		const after = medianToOutline(district.geometry);
		expect(after).toBeLessThan(150);
	});

	it('would be off by several hundred metres without the GCJ-02 → WGS-84 conversion', () => {
		// Undo the conversion (WGS-84 → GCJ-02 is the exact forward formula) and measure again.
		const before = medianToOutline(toGcj(district.geometry));
		const after = medianToOutline(district.geometry);
		expect(before).toBeGreaterThan(250);
		expect(before - after).toBeGreaterThan(150);
	});

	it('contains the sourced riverside points', () => {
		expect(pointInArea(POWER_STATION, district.geometry)).toBe(true);
		expect(pointInArea(SUOJIANG_TOWER, district.geometry)).toBe(true);
	});
});

describe('water (GSHHG)', () => {
	it('has river/lake features with the agreed properties', () => {
		expect(water.features.length).toBeGreaterThan(0);
		for (const f of water.features) {
			expect(['river', 'lake']).toContain(f.properties.kind);
			expect(f.properties.name === null || typeof f.properties.name === 'string').toBe(true);
		}
		expect(water.features.some((f) => f.properties.name === '长江')).toBe(true);
	});

	it('has the 九江长江大桥 mid-span in (or within 300 m of) the water', () => {
		const inside = water.features.some((f) => pointInArea(BRIDGE_MIDSPAN, f.geometry));
		const nearest = Math.min(
			...water.features.map((f) => pointToOutline(BRIDGE_MIDSPAN, f.geometry))
		);
		expect(inside || nearest < 300).toBe(true);
	});

	it('puts the Yangtze polygon where the bridge is', () => {
		const yangtze = water.features.filter((f) => f.properties.name === '长江');
		expect(yangtze.some((f) => pointInArea(BRIDGE_MIDSPAN, f.geometry))).toBe(true);
	});

	it('leaves the inland power-station site dry', () => {
		// ~0.9 km inland of the GSHHG bank.
		expect(water.features.some((f) => pointInArea(POWER_STATION, f.geometry))).toBe(false);
	});

	it('puts the bank within GSHHG accuracy (≤ 250 m) of 锁江楼, which stands on it', () => {
		// Known limitation: GSHHG's south bank at the old town lies south of the real bank, so
		// the tower falls ~200 m inside the water polygon (GSHHG is good to ~50–200 m).
		const shore = Math.min(
			...water.features.map((f) => pointToOutline(SUOJIANG_TOWER, f.geometry))
		);
		expect(shore).toBeLessThan(250);
	});
});

describe('neighbours', () => {
	it('are named features that do not contain the district points', () => {
		expect(neighbours.features.length).toBeGreaterThan(0);
		for (const f of neighbours.features) {
			expect(typeof f.properties.name).toBe('string');
			expect(f.properties.id).not.toBe('360403');
			expect(pointInArea(POWER_STATION, f.geometry)).toBe(false);
		}
	});
});
