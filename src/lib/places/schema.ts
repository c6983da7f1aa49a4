import { z } from 'zod';
import { ACCURACIES, CATEGORIES, SOURCE_TIERS, STATUSES, STREETS } from './labels';

/**
 * The schema of `geo/places.geojson`: one Feature per place the report names, with the
 * evidence for its position. zod is used (rather than hand-written checks) so every error
 * names the exact field path.
 */

export { ACCURACIES, CATEGORIES, SOURCE_TIERS, STATUSES, STREETS } from './labels';

/** An alias holds no punctuation whose half- or full-width form could change in the report. */
export const ALIAS_PATTERN = /^[^,:;()!?，：；（）！？]+$/u;
const ALIAS_MESSAGE = 'an alias may not contain , : ; ( ) ! ? or their full-width forms';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const httpUrl = z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL');

export const sourceSchema = z.object({
	title: z.string().min(2),
	url: httpUrl,
	date_read: isoDate,
	/** official (government, the operator's own site), news, reference, or other. */
	tier: z.enum(Object.keys(SOURCE_TIERS) as [keyof typeof SOURCE_TIERS])
});

/** Where a place is, in words, as its sources put it (e.g. 甘棠湖: 老城南面，东邻南门湖). */
export const descriptionSchema = z.object({
	text: z.string().min(2),
	/** URLs of the sources that say so (a subset of the feature's sources). */
	sources: z.array(httpUrl).min(1)
});

/** Who placed a `surveyed` position, on what imagery, and when. */
export const surveySchema = z.object({
	by: z.string().min(2),
	imagery: z.string().min(2),
	date: isoDate
});

/** What the geocoding service returned for a `geocoded` position. */
export const geocodeSchema = z.object({
	service: z.string().min(2),
	query: z.string().min(1),
	result_name: z.string().min(1),
	result_address: z.string().nullable(),
	/** The service's own match level or score, as it reported it. */
	level: z.string().nullable(),
	date: isoDate
});

export const figureSchema = z
	.object({
		label: z.string().min(1),
		value: z.number(),
		unit: z.string(),
		/** A report paragraph id, or null when the figure comes from `url`. */
		paragraph: z.string().nullable(),
		url: httpUrl.nullable()
	})
	.refine((f) => f.paragraph !== null || f.url !== null, {
		message: 'a figure needs a paragraph id or a source url',
		path: ['paragraph']
	});

export const positionSchema = z.object({
	accuracy: z.enum(Object.keys(ACCURACIES) as [keyof typeof ACCURACIES]),
	/** How far the true position may be from the drawn geometry, in metres (null if unknown). */
	radius_m: z.number().positive().nullable(),
	/** One sentence: where the geometry comes from, or the rule that computed it. */
	method: z.string().min(8),
	/** URLs of the sources used for the position (a subset of the feature's sources). */
	sources: z.array(httpUrl),
	/** Where it is in words, with its sources; null when no source says. */
	description: descriptionSchema.nullable(),
	/** Required when the geometry lies outside the district outline. */
	outside_district: z.string().optional(),
	/** Required for `surveyed` positions. */
	survey: surveySchema.optional(),
	/** Required for `geocoded` positions. */
	geocode: geocodeSchema.optional()
});

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const geometrySchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('Point'), coordinates: lonLat }),
	z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) }),
	z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(lonLat).min(4)).min(1) }),
	z.object({
		type: z.literal('MultiPolygon'),
		coordinates: z.array(z.array(z.array(lonLat).min(4)).min(1)).min(1)
	})
]);

export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug (a-z, 0-9, -)');

export const placePropertiesSchema = z.object({
	name: z.string().min(2),
	name_en: z.string().min(2),
	/**
	 * How the report itself writes the place (used to check the paragraph references and to
	 * link the report's words to the place). No punctuation: the report's punctuation may be
	 * normalised (half-width ⇄ full-width) without breaking the match.
	 */
	aliases: z.array(z.string().min(2).regex(ALIAS_PATTERN, ALIAS_MESSAGE)).min(1),
	category: z.enum(Object.keys(CATEGORIES) as [keyof typeof CATEGORIES]),
	status: z.enum(Object.keys(STATUSES) as [keyof typeof STATUSES]),
	street: z.enum(STREETS).nullable(),
	report_refs: z.array(z.string()),
	summary: z.string().min(10),
	figures: z.array(figureSchema),
	sources: z.array(sourceSchema),
	position: positionSchema
});

export const placeSchema = z.object({
	type: z.literal('Feature'),
	id: slugSchema,
	geometry: geometrySchema.nullable(),
	properties: placePropertiesSchema
});

export const placeCollectionSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(z.unknown())
});

export type PlaceProperties = z.infer<typeof placePropertiesSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type { Accuracy, Category, SourceTier, Status } from './labels';
