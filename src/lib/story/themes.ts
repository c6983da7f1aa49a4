/** The story's themes, one per step (the step card and the progress line show the label). */
export const THEMES = {
	overview: '总览',
	industry: '产业',
	city: '城市更新',
	culture: '文化旅游',
	livelihood: '民生'
} as const;

export type Theme = keyof typeof THEMES;
