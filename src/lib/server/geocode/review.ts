/**
 * Geocoding results are candidates, not truths. This module asks Tianditu for every place
 * whose position is `unknown` or `approximate`, checks each answer against the evidence we
 * already have, and writes everything (kept and rejected, with reasons) to a review file that
 * a person reads before `npm run geo:accept` writes one candidate into geo/places.geojson.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import {
	haversine,
	pointInArea,
	pointToLine,
	pointToOutline,
	type Position
} from '../../geo/distance';
import type { Place } from '../../places/schema';
import type { ValidationContext } from '../../places/validate';
import { TiandituError, type TiandituClient } from './tianditu';

export const REVIEW_FILE = 'geo/review/geocode-candidates.json';

/** The documentation the client's requests and parsing follow. */
export const TIANDITU_DOCS = [
	'http://lbs.tianditu.gov.cn/server/search2.html',
	'http://lbs.tianditu.gov.cn/server/geocodinginterface.html'
];

/** The two services, as they are named in a geocoded position's `geocode.service`. */
export const SERVICES = {
	'tianditu-search-v2':
		'天地图 地名搜索 V2.0 (api.tianditu.gov.cn/v2/search, 行政区划区域搜索 in 浔阳区)',
	'tianditu-geocoder': '天地图 地理编码 (api.tianditu.gov.cn/geocoder)'
} as const;
export type ServiceId = keyof typeof SERVICES;

/** Names are searched as they are; geocoder queries are given the city and district first. */
export const CITY_PREFIX = '九江市浔阳区';

/**
 * An approximate position says the place lies within `radius_m` of its geometry. A candidate
 * further than this factor times that radius contradicts it; the extra half leaves room for
 * the candidate's own imprecision (a POI point of a large site).
 */
export const APPROXIMATE_RADIUS_FACTOR = 1.5;

/**
 * Characters that do not identify a place: those of the province, city and district names
 * (every answer is in 浔阳区, so they match anything) and common feature words. Two names that
 * share only these (南门湖 and 甘棠湖 share 湖) are not the same place.
 */
export const GENERIC_CHARACTERS = new Set([
	...'江西省九江市浔阳区',
	...'路街巷道湖山园公区社小号楼'
]);

/** The rules, in words, copied into the review file so the reviewer sees what was applied. */
export const RULES = [
	'Coordinates are CGCS2000 as Tianditu returns them; they match WGS-84 at map scale, so nothing is converted.',
	'Rejected: a point outside the district outline (geo/basemap/district.geojson, turf booleanPointInPolygon, no tolerance: the build rejects such positions too).',
	`Rejected: a point more than ${APPROXIMATE_RADIUS_FACTOR} x the radius away from a place's approximate geometry.`,
	`Rejected: a returned name that shares no distinctive character with the place's name or aliases (generic characters: ${[...GENERIC_CHARACTERS].join('')}).`,
	'Rejected: a bus stop (poiType 102), a geocoder match at the level of an administrative area, or any answer whose level has no radius rule.',
	'Rejected: a geocoder point returned for two or more different places (a fallback to an area centre, not a match).',
	'Radius: 200 m for a place-search POI (poiType 101) or a geocoder point-of-interest/address match (兴趣点, 地名地址), 50 m for a house-number match (门址/门牌), 1000 m for a road match (道路).'
];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const candidateSchema = z
	.object({
		/** 1-based, per place; what `npm run geo:accept -- <slug> <number>` takes. */
		number: z.number().int().positive(),
		service: z.enum(Object.keys(SERVICES) as [ServiceId, ...ServiceId[]]),
		query: z.string().min(1),
		result_name: z.string().min(1),
		/** False when the service returned no name (the geocoder): `result_name` is then the query. */
		result_name_from_service: z.boolean(),
		result_address: z.string().nullable(),
		/** [longitude, latitude] as returned (CGCS2000 ≈ WGS-84). */
		coordinates: lonLat,
		/** The service's own descriptive fields, as returned (poiType, typeName, level, score, …). */
		returned: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
		/** The service's level/score/type in one line, as it goes into `position.geocode.level`. */
		level: z.string().nullable(),
		date: isoDate,
		/** The radius the accept command writes (null when no rule covers the level). */
		radius_m: z.number().positive().nullable(),
		verdict: z.enum(['candidate', 'rejected']),
		/** Why it was rejected (empty for a candidate). */
		reasons: z.array(z.string()),
		/** What the checks found, for the reviewer. */
		notes: z.array(z.string())
	})
	.refine((c) => (c.verdict === 'rejected') === c.reasons.length > 0, {
		message: 'a rejected candidate needs reasons, and only a rejected one has them',
		path: ['reasons']
	})
	.refine((c) => c.verdict === 'rejected' || c.radius_m !== null, {
		message: 'a candidate needs a radius',
		path: ['radius_m']
	});

export const queryLogSchema = z.object({
	service: z.enum(Object.keys(SERVICES) as [ServiceId, ...ServiceId[]]),
	query: z.string().min(1),
	outcome: z.enum(['results', 'no-result', 'error']),
	/** How many results the answer held. */
	count: z.number().int().nonnegative(),
	/** The error, or the service's note on an empty answer. */
	message: z.string().nullable()
});

export const reviewPlaceSchema = z.object({
	slug: z.string().min(1),
	name: z.string().min(1),
	accuracy: z.string(),
	radius_m: z.number().nullable(),
	queries: z.array(queryLogSchema),
	candidates: z.array(candidateSchema)
});

export const reviewSchema = z.object({
	generated: isoDate,
	crs: z.string(),
	docs: z.array(z.string()),
	rules: z.array(z.string()),
	places: z.array(reviewPlaceSchema)
});

export type Candidate = z.infer<typeof candidateSchema>;
export type QueryLog = z.infer<typeof queryLogSchema>;
export type ReviewPlace = z.infer<typeof reviewPlaceSchema>;
export type Review = z.infer<typeof reviewSchema>;

/** What a service returned, before it is judged. */
export type RawCandidate = Pick<
	Candidate,
	| 'service'
	| 'query'
	| 'result_name'
	| 'result_name_from_service'
	| 'result_address'
	| 'coordinates'
	| 'returned'
	| 'level'
>;

export interface PlannedQuery {
	service: ServiceId;
	query: string;
}

/** The docs of the older search say `'` and `&` are not supported in a keyword. */
const clean = (text: string) => text.replace(/['&]/g, ' ').replace(/\s+/g, ' ').trim();

/** "甘棠湖" → "九江市浔阳区甘棠湖"; text that already names the city or district keeps its own start. */
export function withCityPrefix(text: string): string {
	if (text.includes('九江')) return text;
	if (text.startsWith('浔阳区')) return `九江市${text}`;
	return `${CITY_PREFIX}${text}`;
}

/**
 * The queries for one place, in order: its name and aliases in the place search (already
 * limited to 浔阳区), then the same with the city prefix in the geocoder, then its
 * words-location (position.description.text) in the geocoder.
 */
export function plannedQueries(place: Place): PlannedQuery[] {
	const names = [
		...new Set([place.properties.name, ...place.properties.aliases].map(clean))
	].filter((n) => n.length > 0);
	const planned: PlannedQuery[] = names.map((query) => ({ service: 'tianditu-search-v2', query }));
	const geocoderTexts = names.map(withCityPrefix);
	const description = place.properties.position.description?.text;
	if (description) geocoderTexts.push(withCityPrefix(clean(description)));
	for (const query of new Set(geocoderTexts)) planned.push({ service: 'tianditu-geocoder', query });
	return planned;
}

const identifying = (text: string) =>
	[...text].filter((c) => /[\p{Script=Han}A-Za-z0-9]/u.test(c) && !GENERIC_CHARACTERS.has(c));

/** The distinctive characters a returned name shares with the place's names (empty: no match). */
export function sharedCharacters(resultName: string, names: string[]): string[] {
	const wanted = new Set(names.flatMap(identifying));
	return [...new Set(identifying(resultName))].filter((c) => wanted.has(c));
}

export type RadiusRule = { radius_m: number; rule: string } | { radius_m: null; reject: string };

const ADMINISTRATIVE_LEVEL = /乡镇|街道|区县|城市|省|国家|行政区|村|县|市|区/;

/**
 * The radius a candidate's position gets, from the service's own level. A POI or address
 * point is where the service puts one named site or address; the radius covers the usual
 * extent of such a site around its point. Matches to a whole road are coarse; matches to an
 * administrative area are the area's centre and never a place.
 */
export function radiusRule(candidate: Pick<RawCandidate, 'service' | 'returned'>): RadiusRule {
	if (candidate.service === 'tianditu-search-v2') {
		const poiType = candidate.returned.poiType;
		if (poiType === '101' || poiType === 101) {
			return { radius_m: 200, rule: 'place-search POI (poiType 101)' };
		}
		if (poiType === '102' || poiType === 102) {
			return {
				radius_m: null,
				reject: 'a bus stop (poiType 102) named after the place is not the place'
			};
		}
		return { radius_m: null, reject: `poiType ${poiType ?? '(none)'} has no radius rule` };
	}
	const level = typeof candidate.returned.level === 'string' ? candidate.returned.level : null;
	if (level === null)
		return { radius_m: null, reject: 'the geocoder returned no level, so no radius rule applies' };
	if (/门址|门牌/.test(level))
		return { radius_m: 50, rule: `geocoder house-number match (${level})` };
	if (/兴趣点|POI|地名地址/i.test(level))
		return { radius_m: 200, rule: `geocoder place match (${level})` };
	if (/道路/.test(level)) return { radius_m: 1000, rule: `geocoder road match (${level})` };
	if (ADMINISTRATIVE_LEVEL.test(level)) {
		return {
			radius_m: null,
			reject: `the geocoder matched only an administrative area (${level}): its point is the area's centre`
		};
	}
	return { radius_m: null, reject: `geocoder level "${level}" has no radius rule` };
}

/** Metres from a point to a geometry (0 inside an area). */
export function distanceToGeometry(p: Position, geometry: NonNullable<Place['geometry']>): number {
	switch (geometry.type) {
		case 'Point':
			return haversine(p, geometry.coordinates);
		case 'LineString':
			return pointToLine(p, geometry.coordinates);
		case 'Polygon':
		case 'MultiPolygon':
			return pointInArea(p, geometry) ? 0 : pointToOutline(p, geometry);
	}
}

/** Applies every per-candidate rule; all reasons are kept so the reviewer sees each one. */
export function judge(
	raw: RawCandidate,
	place: Place,
	district: ValidationContext['district']
): Pick<Candidate, 'verdict' | 'reasons' | 'notes' | 'radius_m'> {
	const reasons: string[] = [];
	const notes: string[] = [];
	if (!booleanPointInPolygon(raw.coordinates, district)) {
		reasons.push('outside the district outline');
	}
	const rule = radiusRule(raw);
	if (rule.radius_m === null) reasons.push(rule.reject);
	else notes.push(`radius ${rule.radius_m} m (${rule.rule})`);

	const names = [...new Set([place.properties.name, ...place.properties.aliases])];
	if (raw.result_name_from_service) {
		const shared = sharedCharacters(raw.result_name, names);
		if (shared.length === 0) {
			reasons.push(
				`the name “${raw.result_name}” shares no distinctive character with ${names.join('、')}`
			);
		} else {
			notes.push(`shares ${shared.join('')} with the place's names`);
		}
	} else {
		notes.push('the geocoder returned no name of its own: judge it by its level and position');
	}

	const pos = place.properties.position;
	if (pos.accuracy === 'approximate' && place.geometry && pos.radius_m !== null) {
		const d = Math.round(distanceToGeometry(raw.coordinates, place.geometry));
		const limit = APPROXIMATE_RADIUS_FACTOR * pos.radius_m;
		if (d > limit) {
			reasons.push(
				`${d} m from the approximate ${place.geometry.type}, more than ${APPROXIMATE_RADIUS_FACTOR} x its ${pos.radius_m} m radius`
			);
		} else {
			notes.push(`${d} m from the approximate ${place.geometry.type} (limit ${limit} m)`);
		}
	}
	return {
		verdict: reasons.length ? 'rejected' : 'candidate',
		reasons,
		notes,
		radius_m: rule.radius_m
	};
}

type Client = Pick<TiandituClient, 'searchInDistrict' | 'geocode'>;

async function ask(
	client: Client,
	planned: PlannedQuery
): Promise<{ log: QueryLog; found: RawCandidate[] }> {
	const base = { service: planned.service, query: planned.query };
	try {
		if (planned.service === 'tianditu-search-v2') {
			const outcome = await client.searchInDistrict(planned.query);
			if (outcome.kind === 'no-result') {
				return {
					// An empty normal answer (infocode 1000, 「服务正常」) needs no message; 3001 keeps its own.
					log: {
						...base,
						outcome: 'no-result',
						count: 0,
						message: outcome.infocode === 1000 ? null : outcome.cndesc
					},
					found: []
				};
			}
			const found = outcome.pois.map((poi): RawCandidate => ({
				...base,
				result_name: poi.name,
				result_name_from_service: true,
				result_address: poi.address,
				coordinates: poi.lonlat,
				returned: {
					poiType: poi.poiType,
					typeName: poi.typeName,
					county: poi.county,
					hotPointID: poi.hotPointID,
					source: poi.source
				},
				level: [`poiType ${poi.poiType ?? '(none)'}`, poi.typeName && `typeName ${poi.typeName}`]
					.filter(Boolean)
					.join('; ')
			}));
			return { log: { ...base, outcome: 'results', count: found.length, message: null }, found };
		}
		const outcome = await client.geocode(planned.query);
		if (outcome.kind === 'no-result') {
			return { log: { ...base, outcome: 'no-result', count: 0, message: outcome.msg }, found: [] };
		}
		const { lon, lat, level, score, keyWord } = outcome.location;
		const found: RawCandidate = {
			...base,
			result_name: keyWord ?? planned.query,
			result_name_from_service: keyWord !== null,
			result_address: null,
			coordinates: [lon, lat],
			returned: { level, score, keyWord },
			level:
				[level && `level ${level}`, score !== null && `score ${score}`]
					.filter(Boolean)
					.join('; ') || null
		};
		return { log: { ...base, outcome: 'results', count: 1, message: null }, found: [found] };
	} catch (error) {
		if (!(error instanceof TiandituError)) throw error;
		return { log: { ...base, outcome: 'error', count: 0, message: error.message }, found: [] };
	}
}

export interface GeocodeRunOptions {
	district: ValidationContext['district'];
	/** Pause between two requests (politeness; default 500 ms). */
	delayMs?: number;
	/** The date recorded with each candidate (default: today, UTC). */
	today?: string;
	/** Progress lines (default: silent). */
	log?: (line: string) => void;
}

/** The places the geocoder looks for: those with no or only an approximate position. */
export function placesToGeocode(places: Place[]): Place[] {
	return places.filter((p) => ['unknown', 'approximate'].includes(p.properties.position.accuracy));
}

/**
 * Queries Tianditu for every place to geocode, one request at a time, and returns the review:
 * every answer judged, numbered per place. Errors are recorded per query, never thrown.
 */
export async function geocodePlaces(
	places: Place[],
	client: Client,
	options: GeocodeRunOptions
): Promise<Review> {
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const delayMs = options.delayMs ?? 500;
	const log = options.log ?? (() => {});
	const reviewPlaces: ReviewPlace[] = [];
	let first = true;
	for (const place of placesToGeocode(places)) {
		const queries: QueryLog[] = [];
		const candidates: Candidate[] = [];
		const seen = new Map<string, Candidate>();
		for (const planned of plannedQueries(place)) {
			if (!first) await new Promise((resolve) => setTimeout(resolve, delayMs));
			first = false;
			const { log: entry, found } = await ask(client, planned);
			queries.push(entry);
			log(
				`${place.id}: ${planned.service} “${planned.query}” → ${entry.outcome}${entry.outcome === 'results' ? ` (${entry.count})` : entry.message ? `: ${entry.message}` : ''}`
			);
			for (const raw of found) {
				// The same answer to two queries is one candidate (a geocoder "name" is only our query).
				const spot = raw.coordinates.map((v) => v.toFixed(6)).join(',');
				const key = `${raw.service}|${spot}|${raw.result_name_from_service ? raw.result_name : ''}`;
				const earlier = seen.get(key);
				if (earlier) {
					earlier.notes.push(`also returned for “${raw.query}”`);
					continue;
				}
				const candidate: Candidate = {
					number: candidates.length + 1,
					...raw,
					date: today,
					...judge(raw, place, options.district)
				};
				seen.set(key, candidate);
				candidates.push(candidate);
			}
		}
		reviewPlaces.push({
			slug: place.id,
			name: place.properties.name,
			accuracy: place.properties.position.accuracy,
			radius_m: place.properties.position.radius_m,
			queries,
			candidates
		});
	}
	rejectSharedGeocoderPoints(reviewPlaces);
	return {
		generated: today,
		crs: 'CGCS2000 longitude/latitude as returned by Tianditu (equal to WGS-84 at map scale; not converted)',
		docs: TIANDITU_DOCS,
		rules: RULES,
		places: reviewPlaces
	};
}

/** A geocoder point given for two or more different places is a fallback, not a match. */
function rejectSharedGeocoderPoints(places: ReviewPlace[]): void {
	const bySpot = new Map<string, { slug: string; candidate: Candidate }[]>();
	for (const place of places) {
		for (const candidate of place.candidates) {
			if (candidate.service !== 'tianditu-geocoder') continue;
			const spot = candidate.coordinates.map((v) => v.toFixed(6)).join(',');
			bySpot.set(spot, [...(bySpot.get(spot) ?? []), { slug: place.slug, candidate }]);
		}
	}
	for (const [spot, hits] of bySpot) {
		const slugs = [...new Set(hits.map((h) => h.slug))];
		if (slugs.length < 2) continue;
		for (const { candidate } of hits) {
			candidate.reasons.push(
				`the geocoder returned the same point (${spot}) for ${slugs.join(', ')}`
			);
			candidate.verdict = 'rejected';
		}
	}
}

/** Writes the review file (checked against its schema first). */
export function writeReview(file: string, review: Review): void {
	const checked = reviewSchema.parse(review);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(checked, null, 2) + '\n');
}

/** Reads a review file; a broken one throws naming the file and the field. */
export function readReview(file: string): Review {
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${file}: cannot read the review file (${(error as Error).message})`, {
			cause: error
		});
	}
	const parsed = reviewSchema.safeParse(json);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((i) => `field "${i.path.join('.')}": ${i.message}`);
		throw new Error(`${file}: not a valid review file: ${issues.join('; ')}`);
	}
	return parsed.data;
}
