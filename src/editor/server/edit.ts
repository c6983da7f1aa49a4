/**
 * A person's new position for a place, with its evidence, turned into the place's feature and
 * written through the shared edit path (src/lib/server/places-edit.ts): the build's own
 * validation of the whole file first, a readable diff, nothing written on any problem.
 */
import type { ValidationContext } from '../../lib/places/validate';
import {
	editPlace,
	type EditResult,
	type FeatureJson,
	type Json
} from '../../lib/server/places-edit';
import { roundGeometry } from '../lib/geometry';
import { editRequestSchema, type EditRequest } from '../lib/request';

/**
 * The feature with the new position. Kept from the old one: everything outside `position`,
 * and the words-location (`description`), which is about the place, not about the geometry.
 * A geocode's record is dropped with the geocoded geometry it described.
 */
export function applyEdit(before: FeatureJson, req: EditRequest): FeatureJson {
	const previous = (before.properties.position ?? {}) as Json;
	const sources = (before.properties.sources ?? []) as { url: string }[];
	const known = new Set(sources.map((s) => s.url));
	const added = req.new_sources.filter((s) => !known.has(s.url));
	const outside = req.outside_district?.trim();
	const position: Json = {
		accuracy: req.accuracy,
		radius_m: req.radius_m,
		method: req.method.trim(),
		sources: [...new Set(req.position_sources)],
		description: previous.description ?? null,
		...(outside ? { outside_district: outside } : {}),
		...(req.accuracy === 'surveyed' && req.survey ? { survey: req.survey } : {})
	};
	return {
		...before,
		geometry: roundGeometry(req.geometry) as GeoJSON.Geometry,
		properties: {
			...before.properties,
			...(added.length > 0 ? { sources: [...sources, ...added] } : {}),
			position
		}
	};
}

export interface DataFiles {
	places: string;
	steps: string;
	review: string;
}

/** Checks the request, then previews (`dryRun`) or writes the change. */
export function editPosition(
	files: DataFiles,
	body: unknown,
	dryRun: boolean,
	context?: ValidationContext
): EditResult {
	const parsed = editRequestSchema.safeParse(body);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`),
			confirm: null
		};
	}
	const req = parsed.data;
	return editPlace(req.slug, (before) => applyEdit(before, req), {
		placesFile: files.places,
		stepsFile: files.steps,
		context,
		dryRun,
		confirmOverwriteSourced: req.confirm_overwrite_sourced,
		confirmOverwriteSurveyed: req.confirm_overwrite_surveyed
	});
}
