/**
 * The places' enumerations and their Chinese labels. Kept apart from the zod schema so the
 * pages can show labels without shipping the validation library to the browser.
 */

export const CATEGORIES = {
	industry: '产业发展',
	'urban-renewal': '城市更新',
	'culture-tourism': '文化旅游',
	livelihood: '民生保障',
	environment: '生态环境',
	infrastructure: '基础设施',
	governance: '基层治理',
	landmark: '地标'
} as const;

export const STATUSES = {
	'completed-2023': '2023年已完成',
	'planned-2024': '2024年计划',
	ongoing: '持续推进',
	landmark: '地标参照'
} as const;

/**
 * How a position was obtained, best first. `surveyed` and `geocoded` are set by the district's
 * staff with the location editor and the Tianditu geocoder (see README).
 */
export const ACCURACIES = {
	sourced: '来源坐标',
	surveyed: '人工标定',
	geocoded: '地理编码',
	derived: '按规则推算',
	approximate: '大致位置',
	unknown: '未标在图上'
} as const;

/** How far a source can be trusted, best first; shown next to every source on the site. */
export const SOURCE_TIERS = {
	official: '官方',
	news: '新闻媒体',
	reference: '参考资料',
	other: '其他'
} as const;

/** The 街道 of Xunyang District (with the two run by the economic-development zone). */
export const STREETS = ['甘棠', '湓浦', '人民路', '白水湖', '金鸡坡', '滨兴', '向阳'] as const;

export type Category = keyof typeof CATEGORIES;
export type Status = keyof typeof STATUSES;
export type Accuracy = keyof typeof ACCURACIES;
export type SourceTier = keyof typeof SOURCE_TIERS;
export type Street = (typeof STREETS)[number];
