import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePlaces } from '../../places/validate';
import { loadValidationContext, PLACES_FILE } from '../geo-check';
import { acceptCandidate } from './accept';
import { judge, writeReview, type Candidate, type RawCandidate, type Review } from './review';

const ctx = loadValidationContext();
const committed = validatePlaces(
	PLACES_FILE,
	JSON.parse(readFileSync(PLACES_FILE, 'utf8')),
	ctx
).places;

/** Test points (not data): inside the district outline, and east of it. */
const INSIDE: [number, number] = [115.98, 29.72];
const OUTSIDE: [number, number] = [116.1, 29.75];

type Feature = {
	id: string;
	geometry: GeoJSON.Geometry | null;
	properties: Record<string, unknown>;
};

function hit(name: string, coordinates: [number, number]): RawCandidate {
	return {
		service: 'tianditu-search-v2',
		query: name,
		result_name: name,
		result_name_from_service: true,
		result_address: '九江市浔阳区',
		coordinates,
		returned: { poiType: '101', typeName: '风景名胜' },
		level: 'poiType 101; typeName 风景名胜'
	};
}

/** A temp copy of the places file and a review holding `raw` as candidate 1 of `slug`. */
function setUp(slug: string, raw: RawCandidate, edit?: (c: Candidate) => void) {
	const dir = mkdtempSync(join(tmpdir(), 'accept-'));
	const placesFile = join(dir, 'places.geojson');
	copyFileSync(PLACES_FILE, placesFile);
	const place = committed.find((p) => p.id === slug)!;
	const candidate: Candidate = {
		number: 1,
		...raw,
		date: '2026-11-27',
		...judge(raw, place, ctx.district)
	};
	edit?.(candidate);
	const review: Review = {
		generated: '2026-11-27',
		crs: 'CGCS2000',
		docs: [],
		rules: [],
		places: [
			{
				slug,
				name: place.properties.name,
				accuracy: place.properties.position.accuracy,
				radius_m: place.properties.position.radius_m,
				queries: [
					{ service: raw.service, query: raw.query, outcome: 'results', count: 1, message: null }
				],
				candidates: [candidate]
			}
		]
	};
	const reviewFile = join(dir, 'geocode-candidates.json');
	writeReview(reviewFile, review);
	const before = readFileSync(placesFile, 'utf8');
	const features = () =>
		(JSON.parse(readFileSync(placesFile, 'utf8')) as { features: Feature[] }).features;
	return {
		placesFile,
		reviewFile,
		before,
		features,
		feature: () => features().find((f) => f.id === slug)!
	};
}

describe('accepting a reviewed candidate', () => {
	it('writes it as a geocoded position that passes the build validation, keeping the sources', () => {
		const t = setUp('gantang-lake', hit('甘棠湖', INSIDE));
		const oldFeature = JSON.parse(t.before).features.find((f: Feature) => f.id === 'gantang-lake');

		const result = acceptCandidate({
			slug: 'gantang-lake',
			number: 1,
			placesFile: t.placesFile,
			reviewFile: t.reviewFile
		});

		expect(result.written).toBe(true);
		const after = JSON.parse(readFileSync(t.placesFile, 'utf8'));
		expect(validatePlaces(t.placesFile, after, ctx).errors).toEqual([]);
		const lake = t.feature();
		expect(lake.geometry).toEqual({ type: 'Point', coordinates: INSIDE });
		expect(lake.properties.sources).toEqual(oldFeature.properties.sources);
		expect(lake.properties.position).toMatchObject({
			accuracy: 'geocoded',
			radius_m: 200,
			geocode: {
				service: expect.stringContaining('天地图 地名搜索 V2.0'),
				query: '甘棠湖',
				result_name: '甘棠湖',
				result_address: '九江市浔阳区',
				level: 'poiType 101; typeName 风景名胜',
				date: '2026-11-27'
			}
		});
		expect(String((lake.properties.position as { method: string }).method)).toMatch(
			/^Geocoded with Tianditu place search v2\.0 \(within 浔阳区\) for “甘棠湖”: .* 200 m follows the rule for its level/
		);
		// Every other place is byte-for-byte what it was.
		const others = (features: Feature[]) => features.filter((f) => f.id !== 'gantang-lake');
		expect(others(t.features())).toEqual(others(JSON.parse(t.before).features));
		if (result.written) {
			expect(result.changes).toContain('  accuracy  unknown → geocoded');
			expect(result.changes).toContain('  geometry  none → Point [115.980000, 29.720000]');
			expect(result.changes).toContain('  radius_m  null → 200');
		}
	});

	it('refuses to replace a sourced position without --confirm-overwrite-sourced, and does with it', () => {
		const t = setUp('suojiang-tower', hit('锁江楼塔', [116.002, 29.7392]));
		const refused = acceptCandidate({
			slug: 'suojiang-tower',
			number: 1,
			placesFile: t.placesFile,
			reviewFile: t.reviewFile
		});
		expect(refused).toEqual({
			written: false,
			problems: [
				'"suojiang-tower" has a sourced position; a geocode does not replace it unless --confirm-overwrite-sourced is given'
			]
		});
		expect(readFileSync(t.placesFile, 'utf8')).toBe(t.before);

		const confirmed = acceptCandidate({
			slug: 'suojiang-tower',
			number: 1,
			placesFile: t.placesFile,
			reviewFile: t.reviewFile,
			confirmOverwriteSourced: true
		});
		expect(confirmed.written).toBe(true);
		if (confirmed.written) {
			expect(confirmed.changes).toContain('  accuracy  sourced → geocoded');
			expect(confirmed.changes.find((l) => l.startsWith('  moved'))).toMatch(
				/^ {2}moved {5}\d+ m$/
			);
		}
	});

	it('refuses, writing nothing, when the result would fail the build validation', () => {
		// A hand-edited review that marks a point outside the district as a candidate.
		const t = setUp('gantang-lake', hit('甘棠湖', OUTSIDE), (c) => {
			c.verdict = 'candidate';
			c.reasons = [];
		});
		const result = acceptCandidate({
			slug: 'gantang-lake',
			number: 1,
			placesFile: t.placesFile,
			reviewFile: t.reviewFile
		});
		expect(result.written).toBe(false);
		if (!result.written) {
			expect(result.problems).toEqual([
				`${t.placesFile}: feature "gantang-lake": field "geometry": [116.1, 29.75] lies outside the district outline; move it or say why in position.outside_district`
			]);
		}
		expect(readFileSync(t.placesFile, 'utf8')).toBe(t.before);
	});

	it('refuses a rejected candidate and a radius narrower than the rule; widens when asked', () => {
		const rejected = setUp('gantang-lake', hit('南门湖', INSIDE));
		const refused = acceptCandidate({
			slug: 'gantang-lake',
			number: 1,
			placesFile: rejected.placesFile,
			reviewFile: rejected.reviewFile
		});
		expect(refused.written).toBe(false);
		if (!refused.written)
			expect(refused.problems[0]).toMatch(
				/^candidate 1 of "gantang-lake" was rejected: the name “南门湖”/
			);
		expect(readFileSync(rejected.placesFile, 'utf8')).toBe(rejected.before);

		const t = setUp('gantang-lake', hit('甘棠湖', INSIDE));
		const narrow = acceptCandidate({
			slug: 'gantang-lake',
			number: 1,
			placesFile: t.placesFile,
			reviewFile: t.reviewFile,
			radiusM: 100
		});
		expect(narrow).toEqual({
			written: false,
			problems: ["--radius may only widen the rule's 200 m, not set 100 m"]
		});

		const wide = acceptCandidate({
			slug: 'gantang-lake',
			number: 1,
			placesFile: t.placesFile,
			reviewFile: t.reviewFile,
			radiusM: 600
		});
		expect(wide.written).toBe(true);
		const position = t.feature().properties.position as { radius_m: number; method: string };
		expect(position.radius_m).toBe(600);
		expect(position.method).toMatch(/widened by the reviewer to 600 m/);
	});

	it('replaces an approximate line and says how far the new point lies from it', () => {
		const road = committed.find((p) => p.id === 'binjiang-road')!;
		const onLine = (road.geometry as { coordinates: [number, number][] }).coordinates[3];
		const t = setUp('binjiang-road', hit('滨江路', onLine));
		const result = acceptCandidate({
			slug: 'binjiang-road',
			number: 1,
			placesFile: t.placesFile,
			reviewFile: t.reviewFile
		});
		expect(result.written).toBe(true);
		if (result.written) {
			expect(result.changes).toContain('  distance  0 m from the old line');
			expect(result.changes).toContain(
				'  note      one point now stands for the whole LineString; widen --radius if the place is larger than 200 m'
			);
			expect(result.changes.find((l) => l.startsWith('  geometry'))).toMatch(
				/LineString of \d+ points → Point \[/
			);
		}
	});

	it('names what is missing: an unknown slug or number in the review', () => {
		const t = setUp('gantang-lake', hit('甘棠湖', INSIDE));
		expect(
			acceptCandidate({
				slug: 'pipa-lake',
				number: 1,
				placesFile: t.placesFile,
				reviewFile: t.reviewFile
			})
		).toEqual({
			written: false,
			problems: [`${t.reviewFile}: no candidates for "pipa-lake"`]
		});
		expect(
			acceptCandidate({
				slug: 'gantang-lake',
				number: 7,
				placesFile: t.placesFile,
				reviewFile: t.reviewFile
			})
		).toEqual({
			written: false,
			problems: [`${t.reviewFile}: "gantang-lake" has no candidate 7 (it has 1)`]
		});
	});
});
