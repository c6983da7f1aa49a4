import { readFileSync } from 'node:fs';
import { drawnRiver } from '$lib/server/basemap-display';
import { describe, expect, it } from 'vitest';
import { haversine as distanceM } from '$lib/geo/distance';
import {
	alongBank,
	applyRule,
	bankBetween,
	nearestBankPoint,
	riverOutline,
	type Rule
} from './derive';

const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8')) as {
	features: {
		id: string;
		geometry: GeoJSON.Geometry | null;
		properties: { position: { accuracy: string; method: string } };
	}[];
};
const { rules } = JSON.parse(readFileSync('geo/derivations.json', 'utf8')) as { rules: Rule[] };
const river = drawnRiver();
const byId = new Map(places.features.map((f) => [f.id, f]));
const pointOf = (slug: string) =>
	(byId.get(slug)!.geometry as GeoJSON.Point).coordinates as [number, number];

// A square "river" for checks that do not depend on the real shoreline.
const square: GeoJSON.Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[116.0, 29.74],
			[116.1, 29.74],
			[116.1, 29.76],
			[116.0, 29.76],
			[116.0, 29.74]
		]
	]
};

describe('bank rules on a known shape', () => {
	it('finds the bank point straight north of a point south of the river', () => {
		const hit = nearestBankPoint(riverOutline(square), [116.05, 29.73]);
		// turf works on great circles, so the 'straight' bank bulges by a metre or so.
		expect(distanceM(hit.coordinates, [116.05, 29.74])).toBeLessThan(2);
		expect(hit.distanceM).toBeGreaterThan(1100);
		expect(hit.distanceM).toBeLessThan(1120);
	});

	it('takes the near bank between two points, not the way round the far bank', () => {
		const line = bankBetween(riverOutline(square), [116.02, 29.73], [116.08, 29.73]);
		for (const [lon, lat] of line.coordinates)
			expect(distanceM([lon, lat], [lon, 29.74])).toBeLessThan(2);
		expect(line.coordinates[0][0]).toBeCloseTo(116.02, 5);
		expect(line.coordinates.at(-1)![0]).toBeCloseTo(116.08, 5);
	});

	it('walks the given distance west along the bank', () => {
		const moved = alongBank(riverOutline(square), [116.05, 29.73], 500, 'west');
		expect(moved[0]).toBeLessThan(116.05);
		expect(distanceM(moved, [116.05, 29.74])).toBeGreaterThan(495);
		expect(distanceM(moved, [116.05, 29.74])).toBeLessThan(505);
	});
});

describe('geo/places.geojson follows geo/derivations.json', () => {
	it.each(rules.map((r) => [r.slug, r] as const))('%s matches its rule', (slug, rule) => {
		const feature = byId.get(slug)!;
		expect(['derived', 'approximate']).toContain(feature.properties.position.accuracy);
		expect(feature.properties.position.method).toContain(rule.rule);
		expect(feature.geometry).toEqual(applyRule(rule, river, pointOf));
	});

	it('puts the coal wharf on the bank north of the power plant, within a kilometre of it', () => {
		const wharf = pointOf('guoneng-coal-wharf');
		const plant = pointOf('guoneng-jiujiang-power');
		expect(wharf[1]).toBeGreaterThan(plant[1]);
		expect(distanceM(wharf, plant)).toBeLessThan(1000);
	});
});
