import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '../../places/schema';
import { validatePlaces } from '../../places/validate';
import { loadValidationContext, PLACES_FILE } from '../geo-check';
import {
	geocodeAnswer,
	searchAnswer,
	startFakeTianditu,
	type FakeTianditu
} from '../../../../tests/helpers/fake-tianditu';
import {
	geocodePlaces,
	judge,
	placesToGeocode,
	plannedQueries,
	radiusRule,
	readReview,
	reviewSchema,
	writeReview,
	type RawCandidate
} from './review';
import { TiandituClient } from './tianditu';

const ctx = loadValidationContext();
const places = validatePlaces(
	PLACES_FILE,
	JSON.parse(readFileSync(PLACES_FILE, 'utf8')),
	ctx
).places;
const place = (slug: string) => places.find((p) => p.id === slug)!;

/** Test points (not data): one inside the district outline, one east of it. */
const INSIDE: [number, number] = [115.98, 29.72];
const OUTSIDE: [number, number] = [116.1, 29.75];

function searchHit(name: string, coordinates: [number, number], poiType = '101'): RawCandidate {
	return {
		service: 'tianditu-search-v2',
		query: name,
		result_name: name,
		result_name_from_service: true,
		result_address: null,
		coordinates,
		returned: { poiType },
		level: `poiType ${poiType}`
	};
}

function withDescription(p: Place, text: string): Place {
	return {
		...p,
		properties: {
			...p.properties,
			position: {
				...p.properties.position,
				description: { text, sources: ['https://example.org/'] }
			}
		}
	};
}

describe('what the geocoder asks for', () => {
	it('looks for every unknown or approximate place, and only those', () => {
		const targets = placesToGeocode(places).map((p) => p.properties.position.accuracy);
		expect(targets.length).toBeGreaterThan(0);
		expect(new Set(targets)).toEqual(new Set(['unknown', 'approximate']));
	});

	it('searches the names in the district and geocodes them with the city prefix and the words-location', () => {
		const lake = withDescription(place('gantang-lake'), '浔阳区老城南面，东邻南门湖');
		expect(plannedQueries(lake)).toEqual([
			{ service: 'tianditu-search-v2', query: '甘棠湖' },
			{ service: 'tianditu-search-v2', query: '两湖' },
			{ service: 'tianditu-geocoder', query: '九江市浔阳区甘棠湖' },
			{ service: 'tianditu-geocoder', query: '九江市浔阳区两湖' },
			{ service: 'tianditu-geocoder', query: '九江市浔阳区老城南面，东邻南门湖' }
		]);
	});
});

describe('the rejection rules', () => {
	const lake = place('gantang-lake');

	it('keeps a same-named POI inside the district, with its radius', () => {
		const verdict = judge(searchHit('甘棠湖', INSIDE), lake, ctx.district);
		expect(verdict).toMatchObject({ verdict: 'candidate', reasons: [], radius_m: 200 });
	});

	it('rejects a point outside the district outline', () => {
		const verdict = judge(searchHit('甘棠湖', OUTSIDE), lake, ctx.district);
		expect(verdict.verdict).toBe('rejected');
		expect(verdict.reasons).toContain('outside the district outline');
	});

	it('rejects a name that shares only generic characters (南门湖 for 甘棠湖)', () => {
		const verdict = judge(searchHit('南门湖', INSIDE), lake, ctx.district);
		expect(verdict.verdict).toBe('rejected');
		expect(verdict.reasons[0]).toMatch(/南门湖” shares no distinctive character with 甘棠湖、两湖/);
		expect(judge(searchHit('甘棠公园', INSIDE), lake, ctx.district).verdict).toBe('candidate');
	});

	it('rejects a point far from an approximate geometry and keeps one on it', () => {
		const road = place('binjiang-road');
		const line = road.geometry as { type: 'LineString'; coordinates: [number, number][] };
		const onLine = judge(searchHit('滨江路', line.coordinates[3]), road, ctx.district);
		expect(onLine.verdict).toBe('candidate');
		expect(onLine.notes).toContain('0 m from the approximate LineString (limit 600 m)');

		const far = judge(searchHit('滨江路', INSIDE), road, ctx.district);
		expect(far.verdict).toBe('rejected');
		expect(far.reasons[0]).toMatch(
			/^\d+ m from the approximate LineString, more than 1.5 x its 400 m radius$/
		);
	});

	it('rejects a bus stop and a geocoder match to an administrative area', () => {
		expect(judge(searchHit('甘棠湖', INSIDE, '102'), lake, ctx.district).reasons).toEqual([
			'a bus stop (poiType 102) named after the place is not the place'
		]);
		const district: RawCandidate = {
			service: 'tianditu-geocoder',
			query: '九江市浔阳区甘棠湖',
			result_name: '九江市浔阳区甘棠湖',
			result_name_from_service: false,
			result_address: null,
			coordinates: INSIDE,
			returned: { level: '区县', score: null, keyWord: null },
			level: 'level 区县'
		};
		expect(judge(district, lake, ctx.district).reasons[0]).toMatch(
			/matched only an administrative area \(区县\)/
		);
	});

	it('maps the service levels to radii and refuses levels it has no rule for', () => {
		const geocoder = (level: string | null) =>
			radiusRule({ service: 'tianditu-geocoder', returned: { level } });
		expect(geocoder('门址').radius_m).toBe(50);
		expect(geocoder('地名地址').radius_m).toBe(200);
		expect(geocoder('兴趣点').radius_m).toBe(200);
		expect(geocoder('道路').radius_m).toBe(1000);
		expect(geocoder('街道').radius_m).toBeNull();
		expect(geocoder('城市').radius_m).toBeNull();
		expect(geocoder('新类别').radius_m).toBeNull();
		expect(geocoder(null).radius_m).toBeNull();
		expect(
			radiusRule({ service: 'tianditu-search-v2', returned: { poiType: '101' } }).radius_m
		).toBe(200);
	});
});

describe('a geocoding run against a fake Tianditu', () => {
	let fake: FakeTianditu | null = null;
	afterEach(async () => {
		await fake?.close();
		fake = null;
	});

	it('asks one request at a time, records errors per query and writes a review file of the documented shape', async () => {
		// Without words-locations, so the queries are the names alone (tested separately above).
		const plain = (slug: string) => {
			const p = place(slug);
			return {
				...p,
				properties: { ...p.properties, position: { ...p.properties.position, description: null } }
			};
		};
		const lake = plain('gantang-lake');
		const pavilion = plain('yanshui-pavilion');
		fake = await startFakeTianditu((request) => {
			if (request.path === '/v2/search' && request.keyWord === '甘棠湖') {
				return {
					json: searchAnswer([
						{ name: '甘棠湖', lonlat: INSIDE.join(','), address: '九江市浔阳区', typeName: '湖泊' },
						{ name: '南门湖', lonlat: INSIDE.join(',') },
						{ name: '甘棠湖公交站', lonlat: INSIDE.join(','), poiType: '102' }
					])
				};
			}
			if (request.path === '/v2/search' && request.keyWord === '两湖')
				return { status: 500, text: 'oops' };
			if (request.path === '/geocoder') {
				// The same fallback point for every place: must be rejected for all of them.
				return { json: geocodeAnswer(INSIDE[0], INSIDE[1] + 0.001, '地名地址') };
			}
			return {
				json: { count: 0, resultType: 1, pois: [], status: { infocode: 1000, cndesc: '服务正常' } }
			};
		});
		const key = 'secret-key-should-not-appear';
		const client = new TiandituClient({ key, baseUrl: fake.baseUrl, retryDelayMs: 1 });
		const review = await geocodePlaces([lake, pavilion, place('guoneng-coal-wharf')], client, {
			district: ctx.district,
			delayMs: 0,
			today: '2026-11-27'
		});

		expect(fake.maxInFlight).toBe(1);
		expect(review.places.map((p) => p.slug)).toEqual(['gantang-lake', 'yanshui-pavilion']); // the wharf is derived

		const lakeReview = review.places[0];
		expect(lakeReview.queries.map((q) => [q.service, q.query, q.outcome])).toEqual([
			['tianditu-search-v2', '甘棠湖', 'results'],
			['tianditu-search-v2', '两湖', 'error'],
			['tianditu-geocoder', '九江市浔阳区甘棠湖', 'results'],
			['tianditu-geocoder', '九江市浔阳区两湖', 'results']
		]);
		expect(lakeReview.queries[1].message).toBe('place search: HTTP 500 after 3 attempt(s)');
		expect(review.places[1].queries[0]).toMatchObject({ outcome: 'no-result', message: null });
		expect(lakeReview.candidates.map((c) => [c.number, c.result_name, c.verdict])).toEqual([
			[1, '甘棠湖', 'candidate'],
			[2, '南门湖', 'rejected'],
			[3, '甘棠湖公交站', 'rejected'],
			[4, '九江市浔阳区甘棠湖', 'rejected']
		]);
		// The geocoder's second answer was the same point: one candidate, noted twice.
		expect(lakeReview.candidates[3].notes).toContain('also returned for “九江市浔阳区两湖”');
		expect(lakeReview.candidates[0]).toMatchObject({
			service: 'tianditu-search-v2',
			query: '甘棠湖',
			result_address: '九江市浔阳区',
			coordinates: INSIDE,
			level: 'poiType 101; typeName 湖泊',
			returned: { poiType: '101', typeName: '湖泊' },
			date: '2026-11-27',
			radius_m: 200
		});
		expect(lakeReview.candidates[3].reasons.join()).toMatch(
			/the geocoder returned the same point \(115\.980000,29\.721000\) for gantang-lake, yanshui-pavilion/
		);

		const file = join(
			mkdtempSync(join(tmpdir(), 'review-')),
			'geo',
			'review',
			'geocode-candidates.json'
		);
		writeReview(file, review);
		const text = readFileSync(file, 'utf8');
		expect(text).not.toContain(key);
		expect(reviewSchema.safeParse(JSON.parse(text)).success).toBe(true);
		expect(readReview(file)).toEqual(review);
	});

	it('refuses to read a review file whose candidates lack their fields', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'review-')), 'bad.json');
		const broken = {
			generated: '2026-11-27',
			crs: 'x',
			docs: [],
			rules: [],
			places: [
				{
					slug: 'gantang-lake',
					name: '甘棠湖',
					accuracy: 'unknown',
					radius_m: null,
					queries: [],
					candidates: [{ number: 1 }]
				}
			]
		};
		writeFileSync(file, JSON.stringify(broken));
		expect(() => readReview(file)).toThrow(
			/bad\.json: not a valid review file: field "places\.0\.candidates\.0\.service"/
		);
	});
});
