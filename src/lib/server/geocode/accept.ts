/**
 * Writes one reviewed geocoding candidate into geo/places.geojson as a `geocoded` position.
 * Used by `npm run geo:accept -- <slug> <number>` and by the location editor (`npm run edit`),
 * which previews the change first (`previewCandidate`).
 *
 * Before anything is written the whole file is checked exactly as the build checks it
 * (through places-edit.ts: `placesProblems`, i.e. `validatePlaces` and every story slug still
 * defined); if anything fails, nothing is written and the problems are returned.
 */
import type { ValidationContext } from '../../places/validate';
import { editPlace, type EditResult, type Json, type Protected } from '../places-edit';
import { readReview, REVIEW_FILE, SERVICES, type Candidate } from './review';

export interface AcceptOptions {
	slug: string;
	/** The candidate's number in the review file (1-based, per place). */
	number: number;
	placesFile?: string;
	reviewFile?: string;
	/** The story file whose places must stay defined (default src/lib/story/steps.json). */
	stepsFile?: string;
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

/** The command line's refusal: it names the flag that confirms. */
const refusal = (slug: string, tier: Protected) =>
	`"${slug}" has a ${tier} position; a geocode does not replace it unless --confirm-overwrite-${tier} is given`;

/**
 * Checks a candidate (already read from a review) and writes it into the places file through
 * the shared edit path (places-edit.ts: the build's validation, then an atomic write), or with
 * `dryRun` only describes what would change.
 */
export function editWithCandidate(
	slug: string,
	candidate: Candidate,
	options: Omit<AcceptOptions, 'slug' | 'number' | 'reviewFile'> & { dryRun?: boolean } = {}
): EditResult {
	const refuse = (problem: string): EditResult => ({
		ok: false,
		problems: [problem],
		confirm: null
	});
	if (candidate.verdict !== 'candidate') {
		return refuse(
			`candidate ${candidate.number} of "${slug}" was rejected: ${candidate.reasons.join('; ')}`
		);
	}
	if (candidate.radius_m === null) {
		return refuse(`candidate ${candidate.number} of "${slug}" has no radius rule`);
	}
	if (options.radiusM !== undefined && !(options.radiusM >= candidate.radius_m)) {
		return refuse(
			`--radius may only widen the rule's ${candidate.radius_m} m, not set ${options.radiusM} m`
		);
	}
	const radiusM = options.radiusM ?? candidate.radius_m;
	const widened = radiusM > candidate.radius_m;
	return editPlace(
		slug,
		(before) => ({
			...before,
			geometry: { type: 'Point', coordinates: candidate.coordinates.map(round6) },
			properties: {
				...before.properties,
				position: geocodedPosition(candidate, before.properties.position as Json, radiusM, widened)
			}
		}),
		{ ...options, refusal, pointHint: (r) => `widen --radius if the place is larger than ${r} m` }
	);
}

/** Writes a candidate (already read from a review) into the places file, if validation passes. */
export function writeGeocodedPosition(
	slug: string,
	candidate: Candidate,
	options: Omit<AcceptOptions, 'slug' | 'number' | 'reviewFile'> = {}
): AcceptResult {
	const result = editWithCandidate(slug, candidate, { ...options, dryRun: false });
	if (!result.ok) return { written: false, problems: result.problems };
	return { written: true, file: result.file, changes: result.lines };
}

/** Finds a place's candidate by number in the review file. */
function findCandidate(options: AcceptOptions): Candidate | string {
	const reviewFile = options.reviewFile ?? REVIEW_FILE;
	let review;
	try {
		review = readReview(reviewFile);
	} catch (error) {
		return (error as Error).message;
	}
	const place = review.places.find((p) => p.slug === options.slug);
	if (!place) return `${reviewFile}: no candidates for "${options.slug}"`;
	const candidate = place.candidates.find((c) => c.number === options.number);
	if (!candidate) {
		return `${reviewFile}: "${options.slug}" has no candidate ${options.number} (it has ${place.candidates.length})`;
	}
	return candidate;
}

/** What accepting a candidate would change (nothing is written): the editor's preview. */
export function previewCandidate(options: AcceptOptions): EditResult {
	const candidate = findCandidate(options);
	if (typeof candidate === 'string') return { ok: false, problems: [candidate], confirm: null };
	return editWithCandidate(options.slug, candidate, { ...options, dryRun: true });
}

/** Reads the review file, finds the place's candidate by number and writes it. */
export function acceptCandidate(options: AcceptOptions): AcceptResult {
	const candidate = findCandidate(options);
	if (typeof candidate === 'string') return { written: false, problems: [candidate] };
	return writeGeocodedPosition(options.slug, candidate, options);
}
