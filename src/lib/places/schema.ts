import { z } from 'zod';

/**
 * The schema of `geo/places.geojson`: one Feature per place the report names, with the
 * evidence for its position. zod is used (rather than hand-written checks) so every error
 * names the exact field path.
 */

export const CATEGORIES = {
	industry: '产业发展',
	'urban-renewal': '城市更新',
	'culture-tourism': '文化旅游',
	livelihood: '民生保障',
	environment: '生态环境',
	infrastructure: '基础设施',
	landmark: '地标'
} as const;

export const STATUSES = {
	'completed-2023': '2023年已完成',
	'planned-2024': '2024年计划',
	ongoing: '持续推进',
	landmark: '地标参照'
} as const;

export const ACCURACIES = {
	sourced: '来源坐标',
	derived: '按规则推算',
	approximate: '大致位置',
	unknown: '位置待定'
} as const;

/** The 街道 of Xunyang District (with the two run by the economic-development zone). */
export const STREETS = ['甘棠', '湓浦', '人民路', '白水湖', '金鸡坡', '滨兴', '向阳'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const httpUrl = z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL');

export const sourceSchema = z.object({
	title: z.string().min(2),
	url: httpUrl,
	date_read: isoDate
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
	/** Required when the geometry lies outside the district outline. */
	outside_district: z.string().optional()
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
	/** How the report itself writes the place (used to check the paragraph references). */
	aliases: z.array(z.string().min(2)).min(1),
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
export type Category = keyof typeof CATEGORIES;
export type Status = keyof typeof STATUSES;
export type Accuracy = keyof typeof ACCURACIES;
