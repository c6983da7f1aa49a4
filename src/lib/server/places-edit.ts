/**
 * The one way a tool changes a place in geo/places.geojson: read the file, replace one feature,
 * check the whole result exactly as the build does (`placesProblems`), describe the change, and
 * only then write it (to a temporary file renamed over the old one, so a crash never leaves
 * half a file). Used by `npm run geo:accept` (geocode/accept.ts) and by the location editor
 * (`npm run edit`). Git keeps the history: no backups are made.
 */
import centroid from '@turf/centroid';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import {
	haversine,
	pointInArea,
	pointToLine,
	pointToOutline,
	type AreaGeometry,
	type Position
} from '../geo/distance';
import type { ValidationContext } from '../places/validate';
import { loadValidationContext, PLACES_FILE, placesProblems } from './geo-check';
import { STEPS_FILE } from './story-check';

export type Json = Record<string, unknown>;
export type FeatureJson = { id: string; geometry: GeoJSON.Geometry | null; properties: Json };

/** Tiers a person must explicitly agree to replace: a source's own coordinate, or a person's. */
export type Protected = 'sourced' | 'surveyed';

/** One line of a change: a field from → to, or a note about it. */
export interface Change {
	field: string;
	from?: string;
	to?: string;
	note?: string;
}

export interface EditOptions {
	placesFile?: string;
	/** The story file whose places must stay defined (default src/lib/story/steps.json). */
	stepsFile?: string;
	/** Defaults to the repository's own files (report paragraphs, district outline). */
	context?: ValidationContext;
	confirmOverwriteSourced?: boolean;
	confirmOverwriteSurveyed?: boolean;
	/** Check and describe the change but write nothing (the editor's preview). */
	dryRun?: boolean;
	/** The refusal when a confirmation is missing (the command line names its flag). */
	refusal?: (slug: string, tier: Protected) => string;
	/** Said after "one point now stands for the whole LineString" (e.g. how to widen the radius). */
	pointHint?: (radiusM: unknown) => string;
}

export type EditResult =
	| {
			ok: true;
			/** False for a dry run, or a dry run that still needs a confirmation. */
			written: boolean;
			file: string;
			changes: Change[];
			/** The same changes as text, first line "slug (name)". */
			lines: string[];
			/** A protected tier that needs a confirmation that was not given (dry runs only). */
			confirm: Protected | null;
	  }
	| { ok: false; problems: string[]; confirm: Protected | null };

const defaultRefusal = (slug: string, tier: Protected) =>
	`"${slug}" has a ${tier} position; it is replaced only with an explicit confirmation`;

/** Reads the file, applies `edit` to one feature, validates the whole file and writes it. */
export function editPlace(
	slug: string,
	edit: (before: FeatureJson) => FeatureJson,
	options: EditOptions = {}
): EditResult {
	const file = options.placesFile ?? PLACES_FILE;
	const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: FeatureJson[] };
	const index = collection.features.findIndex((f) => f.id === slug);
	if (index < 0) return { ok: false, problems: [`${file}: no place "${slug}"`], confirm: null };
	const before = collection.features[index];

	const tier = (before.properties.position as Json)?.accuracy;
	const confirm: Protected | null =
		(tier === 'sourced' && !options.confirmOverwriteSourced) ||
		(tier === 'surveyed' && !options.confirmOverwriteSurveyed)
			? tier
			: null;
	if (confirm && !options.dryRun) {
		return { ok: false, problems: [(options.refusal ?? defaultRefusal)(slug, confirm)], confirm };
	}

	const after = edit(before);
	const next = { ...collection, features: collection.features.with(index, after) };
	const { errors } = placesProblems(
		file,
		next,
		options.context ?? loadValidationContext(),
		options.stepsFile ?? STEPS_FILE
	);
	if (errors.length > 0) return { ok: false, problems: errors, confirm };

	const changes = changeRows(before, after, options.pointHint);
	const lines = [`${slug} (${String(before.properties.name)})`, ...changeLines(changes)];
	if (options.dryRun) return { ok: true, written: false, file, changes, lines, confirm };

	const temp = `${file}.tmp-${process.pid}`;
	writeFileSync(temp, JSON.stringify(next, null, 2) + '\n');
	renameSync(temp, file);
	return { ok: true, written: true, file, changes, lines, confirm: null };
}

/** "Point [116.000000, 29.700000]", "LineString of 12 points", "none". */
export function describeGeometry(g: GeoJSON.Geometry | null): string {
	if (!g) return 'none';
	switch (g.type) {
		case 'Point':
			return `Point [${g.coordinates.map((v) => v.toFixed(6)).join(', ')}]`;
		case 'LineString':
			return `LineString of ${g.coordinates.length} points`;
		case 'Polygon':
			return `Polygon of ${g.coordinates[0].length - 1} points`;
		case 'MultiPolygon':
			return `MultiPolygon of ${g.coordinates.length} parts`;
		default:
			return g.type;
	}
}

function short(text: unknown, max = 90): string {
	const s = typeof text === 'string' ? text : JSON.stringify(text ?? null);
	return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function survey(value: unknown): string {
	if (!value) return 'none';
	const s = value as { by: string; imagery: string; date: string };
	return `by ${s.by}; imagery ${s.imagery}; ${s.date}`;
}

function geocode(value: unknown): string {
	if (!value) return 'none';
	const g = value as Json;
	return `${g.service}; query “${g.query}”; result “${g.result_name}”${g.result_address ? ` (${g.result_address})` : ''}; ${g.level ?? 'no level'}; ${g.date}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** How far the new geometry lies from the old one, in words a reviewer can check. */
function movement(
	before: GeoJSON.Geometry,
	after: GeoJSON.Geometry,
	radiusM: unknown,
	pointHint?: (radiusM: unknown) => string
): Change[] {
	const rows: Change[] = [];
	if (after.type === 'Point') {
		const p = after.coordinates as Position;
		if (before.type === 'Point') {
			rows.push({
				field: 'moved',
				note: `${Math.round(haversine(before.coordinates as Position, p))} m`
			});
			return rows;
		}
		rows.push({
			field: 'note',
			note: `one point now stands for the whole ${before.type}${pointHint ? `; ${pointHint(radiusM)}` : ''}`
		});
		if (before.type === 'LineString') {
			const d = pointToLine(p, before.coordinates as Position[]);
			rows.push({ field: 'distance', note: `${Math.round(d)} m from the old line` });
		} else if (before.type === 'Polygon' || before.type === 'MultiPolygon') {
			const area = before as AreaGeometry;
			rows.push({
				field: 'distance',
				note: pointInArea(p, area)
					? 'inside the old area'
					: `${Math.round(pointToOutline(p, area))} m outside the old area`
			});
		}
		return rows;
	}
	const from = centroid(before).geometry.coordinates as Position;
	const to = centroid(after).geometry.coordinates as Position;
	rows.push({ field: 'moved', note: `${Math.round(haversine(from, to))} m (centre to centre)` });
	return rows;
}

/** Every field that differs between two versions of a feature, position first. */
export function changeRows(
	before: FeatureJson,
	after: FeatureJson,
	pointHint?: (radiusM: unknown) => string
): Change[] {
	const a = (before.properties.position ?? {}) as Json;
	const b = (after.properties.position ?? {}) as Json;
	const rows: Change[] = [];
	const row = (field: string, from: string, to: string) => {
		if (from !== to) rows.push({ field, from, to });
	};
	row('accuracy', String(a.accuracy), String(b.accuracy));
	row('geometry', describeGeometry(before.geometry), describeGeometry(after.geometry));
	if (before.geometry && after.geometry && !same(before.geometry, after.geometry)) {
		rows.push(...movement(before.geometry, after.geometry, b.radius_m, pointHint));
	}
	row('radius_m', String(a.radius_m ?? null), String(b.radius_m ?? null));
	if (!same(a.method, b.method))
		rows.push({ field: 'method', from: short(a.method), to: String(b.method) });
	if (!same(a.sources, b.sources))
		rows.push({ field: 'sources', from: short(a.sources), to: short(b.sources) });
	if (!same(a.description, b.description)) {
		rows.push({ field: 'description', from: short(a.description), to: short(b.description) });
	}
	row('survey', survey(a.survey), survey(b.survey));
	row('geocode', geocode(a.geocode), geocode(b.geocode));
	row(
		'outside_district',
		String(a.outside_district ?? 'none'),
		String(b.outside_district ?? 'none')
	);
	const known = new Set([
		'accuracy',
		'radius_m',
		'method',
		'sources',
		'description',
		'survey',
		'geocode',
		'outside_district'
	]);
	for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
		if (!known.has(key) && !same(a[key], b[key])) {
			rows.push({ field: `position.${key}`, from: short(a[key]), to: short(b[key]) });
		}
	}
	// The rest of the feature: a tool that changes more than the position says so.
	for (const key of new Set([
		...Object.keys(before.properties),
		...Object.keys(after.properties)
	])) {
		if (key === 'position' || same(before.properties[key], after.properties[key])) continue;
		if (key === 'sources') {
			const urls = (v: unknown) => ((v as { url: string }[] | undefined) ?? []).map((s) => s.url);
			const old = new Set(urls(before.properties.sources));
			const now = new Set(urls(after.properties.sources));
			const added = [...now].filter((u) => !old.has(u));
			const removed = [...old].filter((u) => !now.has(u));
			const parts = [
				added.length ? `added ${added.join(', ')}` : '',
				removed.length ? `removed ${removed.join(', ')}` : ''
			].filter(Boolean);
			rows.push({ field: 'feature.sources', note: parts.join('; ') || 'edited' });
		} else {
			rows.push({
				field: `feature.${key}`,
				from: short(before.properties[key]),
				to: short(after.properties[key])
			});
		}
	}
	return rows;
}

/** The changes as indented lines: "  accuracy  unknown → surveyed". */
export function changeLines(changes: Change[]): string[] {
	return changes.map((c) =>
		c.note !== undefined
			? `  ${c.field.padEnd(9)} ${c.note}`
			: `  ${c.field.padEnd(9)} ${c.from} → ${c.to}`
	);
}
