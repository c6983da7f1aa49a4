/**
 * Writes one reviewed geocoding candidate into geo/places.geojson as a `geocoded` position.
 * Used by `npm run geo:accept -- <slug> <number>` and meant for the location editor too.
 *
 * Before anything is written the whole file is checked exactly as the build checks it
 * (`validatePlaces` with `loadValidationContext()`, and every story slug still defined); if
 * anything fails, nothing is written and the problems are returned.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { haversine, pointToLine, type Position } from '../../geo/distance';
import { missingSlugs, validatePlaces, type ValidationContext } from '../../places/validate';
import { steps } from '../../story/steps';
import { loadValidationContext, PLACES_FILE } from '../geo-check';
import { readReview, REVIEW_FILE, SERVICES, type Candidate } from './review';

export interface AcceptOptions {
	slug: string;
	/** The candidate's number in the review file (1-based, per place). */
	number: number;
	placesFile?: string;
	reviewFile?: string;
	/** Allow replacing a `sourced` position (a coordinate a source states). */
	confirmOverwriteSourced?: boolean;
	/** Allow replacing a `surveyed` position (placed by a person on imagery). */
	confirmOverwriteSurveyed?: boolean;
	/** A larger radius than the level's rule, for a place bigger than a point (a lake, a road). */
	radiusM?: number;
	/** Defaults to the repository's own files (report paragraphs, district outline). */
	context?: ValidationContext;
}

export type AcceptResult =
	{ written: true; file: string; changes: string[] } | { written: false; problems: string[] };

type Json = Record<string, unknown>;
type FeatureJson = { id: string; geometry: GeoJSON.Geometry | null; properties: Json };

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** One English sentence for `position.method`. */
export function methodSentence(candidate: Candidate, radiusM: number, widened: boolean): string {
	const service =
		candidate.service === 'tianditu-search-v2'
			? 'Tianditu place search v2.0 (within 浔阳区)'
			: 'the Tianditu geocoder';
	const radius = widened
		? `the radius was widened by the reviewer to ${radiusM} m for the size of the place`
		: `the radius of ${radiusM} m follows the rule for its level (${candidate.level ?? 'none'})`;
	return `Geocoded with ${service} for “${candidate.query}”: the result “${candidate.result_name}” was checked against the district outline and the place's names and accepted by a person, and ${radius}.`;
}

/** The position block a candidate becomes (the feature's sources and description are kept). */
export function geocodedPosition(
	candidate: Candidate,
	previous: Json,
	radiusM: number,
	widened: boolean
): Json {
	return {
		accuracy: 'geocoded',
		radius_m: radiusM,
		method: methodSentence(candidate, radiusM, widened),
		// The service's answer is the evidence (see geocode); the old position's sources were
		// about the old geometry, so they are not carried over.
		sources: [],
		description: previous.description ?? null,
		geocode: {
			service: SERVICES[candidate.service],
			query: candidate.query,
			result_name: candidate.result_name,
			result_address: candidate.result_address,
			level: candidate.level,
			date: candidate.date
		}
	};
}

function describeGeometry(g: GeoJSON.Geometry | null): string {
	if (!g) return 'none';
	if (g.type === 'Point') return `Point [${g.coordinates.map((v) => v.toFixed(6)).join(', ')}]`;
	if (g.type === 'LineString') return `LineString of ${g.coordinates.length} points`;
	return g.type;
}

function short(text: unknown, max = 90): string {
	const s = typeof text === 'string' ? text : JSON.stringify(text ?? null);
	return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A readable before → after of the position, one line per field that changed. */
export function describeChange(
	slug: string,
	name: string,
	before: FeatureJson,
	after: FeatureJson
): string[] {
	const a = before.properties.position as Json;
	const b = after.properties.position as Json;
	const lines = [`${slug} (${name})`];
	const row = (field: string, from: string, to: string) => {
		if (from !== to) lines.push(`  ${field.padEnd(9)} ${from} → ${to}`);
	};
	row('accuracy', String(a.accuracy), String(b.accuracy));
	row('geometry', describeGeometry(before.geometry), describeGeometry(after.geometry));
	const p = (after.geometry as GeoJSON.Point).coordinates as Position;
	if (before.geometry?.type === 'Point') {
		lines.push(
			`  moved     ${Math.round(haversine(before.geometry.coordinates as Position, p))} m`
		);
	} else if (before.geometry) {
		lines.push(
			`  note      one point now stands for the whole ${before.geometry.type}; widen --radius if the place is larger than ${b.radius_m} m`
		);
	}
	if (before.geometry?.type === 'LineString') {
		lines.push(
			`  distance  ${Math.round(pointToLine(p, before.geometry.coordinates as Position[]))} m from the old line`
		);
	}
	row('radius_m', String(a.radius_m), String(b.radius_m));
	row('method', short(a.method), String(b.method));
	row('sources', short(a.sources), short(b.sources));
	const g = b.geocode as Json;
	lines.push(
		`  geocode   ${g.service}; query “${g.query}”; result “${g.result_name}”${g.result_address ? ` (${g.result_address})` : ''}; ${g.level ?? 'no level'}; ${g.date}`
	);
	return lines;
}

/** Writes a candidate (already read from a review) into the places file, if validation passes. */
export function writeGeocodedPosition(
	slug: string,
	candidate: Candidate,
	options: Omit<AcceptOptions, 'slug' | 'number' | 'reviewFile'> = {}
): AcceptResult {
	const file = options.placesFile ?? PLACES_FILE;
	if (candidate.verdict !== 'candidate') {
		return {
			written: false,
			problems: [
				`candidate ${candidate.number} of "${slug}" was rejected: ${candidate.reasons.join('; ')}`
			]
		};
	}
	if (candidate.radius_m === null) {
		return {
			written: false,
			problems: [`candidate ${candidate.number} of "${slug}" has no radius rule`]
		};
	}
	if (options.radiusM !== undefined && !(options.radiusM >= candidate.radius_m)) {
		return {
			written: false,
			problems: [
				`--radius may only widen the rule's ${candidate.radius_m} m, not set ${options.radiusM} m`
			]
		};
	}
	const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: FeatureJson[] };
	const index = collection.features.findIndex((f) => f.id === slug);
	if (index < 0) return { written: false, problems: [`${file}: no place "${slug}"`] };
	const before = collection.features[index];
	const previous = before.properties.position as Json;
	if (previous.accuracy === 'sourced' && !options.confirmOverwriteSourced) {
		return {
			written: false,
			problems: [
				`"${slug}" has a sourced position; a geocode does not replace it unless --confirm-overwrite-sourced is given`
			]
		};
	}
	if (previous.accuracy === 'surveyed' && !options.confirmOverwriteSurveyed) {
		return {
			written: false,
			problems: [
				`"${slug}" has a surveyed position; a geocode does not replace it unless --confirm-overwrite-surveyed is given`
			]
		};
	}
	const radiusM = options.radiusM ?? candidate.radius_m;
	const widened = radiusM > candidate.radius_m;
	const after: FeatureJson = {
		...before,
		geometry: { type: 'Point', coordinates: candidate.coordinates.map(round6) },
		properties: {
			...before.properties,
			position: geocodedPosition(candidate, previous, radiusM, widened)
		}
	};
	const next = { ...collection, features: collection.features.with(index, after) };

	const ctx = options.context ?? loadValidationContext();
	const { places, errors } = validatePlaces(file, next, ctx);
	const used = steps.flatMap((s) => [...s.places, ...(s.figures ?? []).map((f) => f.place)]);
	for (const missing of missingSlugs(places, used)) {
		errors.push(`src/lib/story/steps.json: uses place "${missing}", which ${file} does not define`);
	}
	if (errors.length > 0) return { written: false, problems: errors };

	const temp = `${file}.tmp-${process.pid}`;
	writeFileSync(temp, JSON.stringify(next, null, 2) + '\n');
	renameSync(temp, file);
	return {
		written: true,
		file,
		changes: describeChange(slug, String(before.properties.name), before, after)
	};
}

/** Reads the review file, finds the place's candidate by number and writes it. */
export function acceptCandidate(options: AcceptOptions): AcceptResult {
	const reviewFile = options.reviewFile ?? REVIEW_FILE;
	let review;
	try {
		review = readReview(reviewFile);
	} catch (error) {
		return { written: false, problems: [(error as Error).message] };
	}
	const place = review.places.find((p) => p.slug === options.slug);
	if (!place)
		return { written: false, problems: [`${reviewFile}: no candidates for "${options.slug}"`] };
	const candidate = place.candidates.find((c) => c.number === options.number);
	if (!candidate) {
		return {
			written: false,
			problems: [
				`${reviewFile}: "${options.slug}" has no candidate ${options.number} (it has ${place.candidates.length})`
			]
		};
	}
	return writeGeocodedPosition(options.slug, candidate, options);
}
