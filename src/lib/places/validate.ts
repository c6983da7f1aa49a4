import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import booleanValid from '@turf/boolean-valid';
import kinks from '@turf/kinks';
import { vertices } from './list';
import { placeCollectionSchema, placeSchema, type Place } from './schema';

/** What the checks need to know beyond the file itself. */
export interface ValidationContext {
	/** Report paragraphs and glossary definitions by id (text as delivered). */
	paragraphs: Map<string, string>;
	/** The district outline; positions must lie inside it unless the feature says why not. */
	district: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
}

export interface ValidationResult {
	places: Place[];
	errors: string[];
}

/** Every rule a place must follow beyond its schema; returns `[field, message]` pairs. */
function placeProblems(place: Place, ctx: ValidationContext): [string, string][] {
	const p = place.properties;
	const pos = p.position;
	const problems: [string, string][] = [];
	const sourceUrls = new Set(p.sources.map((s) => s.url));

	if ((place.geometry === null) !== (pos.accuracy === 'unknown')) {
		problems.push([
			'geometry',
			pos.accuracy === 'unknown'
				? 'an unknown position must have geometry null'
				: `a ${pos.accuracy} position needs a geometry (or accuracy "unknown")`
		]);
	}
	const selfEvidenced = pos.accuracy === 'surveyed' || pos.accuracy === 'geocoded';
	if (pos.accuracy !== 'unknown' && !selfEvidenced && pos.sources.length === 0) {
		problems.push(['properties.position.sources', `a ${pos.accuracy} position needs a source`]);
	}
	if (pos.accuracy !== 'unknown' && pos.radius_m === null) {
		problems.push(['properties.position.radius_m', 'a known position needs a radius']);
	}
	pos.sources.forEach((url, i) => {
		if (!sourceUrls.has(url)) {
			problems.push([`properties.position.sources.${i}`, `${url} is not in the feature's sources`]);
		}
	});
	pos.description?.sources.forEach((url, i) => {
		if (!sourceUrls.has(url)) {
			problems.push([
				`properties.position.description.sources.${i}`,
				`${url} is not in the feature's sources`
			]);
		}
	});
	if (pos.accuracy === 'surveyed' && !pos.survey) {
		problems.push(['properties.position.survey', 'a surveyed position needs {by, imagery, date}']);
	}
	if (pos.accuracy === 'geocoded' && !pos.geocode) {
		problems.push([
			'properties.position.geocode',
			'a geocoded position needs what the service returned'
		]);
	}
	if (place.geometry) {
		if (place.geometry.type !== 'Point') {
			const geometry = place.geometry as GeoJSON.LineString | GeoJSON.Polygon;
			// booleanValid checks rings and holes; kinks finds self-crossings it lets through.
			if (!booleanValid(geometry) || kinks(geometry).features.length > 0) {
				problems.push([
					'geometry',
					`the ${place.geometry.type} is not valid (it crosses itself or a ring is open)`
				]);
			}
		}
		const outside = vertices(place.geometry).find((c) => !booleanPointInPolygon(c, ctx.district));
		if (outside && !pos.outside_district) {
			problems.push([
				'geometry',
				`[${outside.join(', ')}] lies outside the district outline; move it or say why in position.outside_district`
			]);
		}
	}
	p.report_refs.forEach((id, i) => {
		const text = ctx.paragraphs.get(id);
		if (text === undefined) {
			problems.push([`properties.report_refs.${i}`, `no report paragraph has id "${id}"`]);
		} else if (!p.aliases.some((a) => text.includes(a))) {
			problems.push([
				`properties.report_refs.${i}`,
				`paragraph "${id}" mentions none of the aliases ${p.aliases.join('、')}`
			]);
		}
	});
	// The place page lists figures by label and sources by URL: a repeat would break it.
	p.figures.forEach((f, i) => {
		if (p.figures.findIndex((g) => g.label === f.label) < i) {
			problems.push([`properties.figures.${i}.label`, `"${f.label}" is listed twice`]);
		}
	});
	p.sources.forEach((s, i) => {
		if (p.sources.findIndex((t) => t.url === s.url) < i) {
			problems.push([`properties.sources.${i}.url`, `${s.url} is listed twice`]);
		}
	});
	p.figures.forEach((f, i) => {
		if (f.paragraph === null) return;
		const text = ctx.paragraphs.get(f.paragraph);
		if (text === undefined) {
			problems.push([`properties.figures.${i}.paragraph`, `no report paragraph "${f.paragraph}"`]);
		} else if (!text.includes(String(f.value))) {
			problems.push([
				`properties.figures.${i}.value`,
				`${f.value} does not appear in paragraph "${f.paragraph}"`
			]);
		}
	});
	return problems;
}

/**
 * Validates the parsed contents of a places file. Every message names the file, the feature
 * and the field, so a broken edit is found at once.
 */
export function validatePlaces(
	file: string,
	json: unknown,
	ctx: ValidationContext
): ValidationResult {
	const errors: string[] = [];
	const collection = placeCollectionSchema.safeParse(json);
	if (!collection.success) {
		return { places: [], errors: [`${file}: not a GeoJSON FeatureCollection`] };
	}
	const places: Place[] = [];
	const seen = new Set<string>();
	collection.data.features.forEach((raw, index) => {
		const rawId = (raw as { id?: unknown })?.id;
		const label = typeof rawId === 'string' && rawId ? `"${rawId}"` : `#${index}`;
		const parsed = placeSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				errors.push(
					`${file}: feature ${label}: field "${issue.path.join('.') || '(feature)'}": ${issue.message}`
				);
			}
			return;
		}
		const place = parsed.data;
		if (seen.has(place.id)) {
			errors.push(`${file}: feature ${label}: field "id": duplicate slug`);
		}
		seen.add(place.id);
		for (const [field, message] of placeProblems(place, ctx)) {
			errors.push(`${file}: feature ${label}: field "${field}": ${message}`);
		}
		places.push(place);
	});
	return { places, errors };
}

/** Slugs used elsewhere (story steps, links) that the dataset does not define. */
export function missingSlugs(places: Place[], used: Iterable<string>): string[] {
	const known = new Set(places.map((p) => p.id));
	return [...new Set(used)].filter((slug) => !known.has(slug));
}
