import type { Box } from '$lib/map/frame';

/** A passage quoted from the report: `text` must appear verbatim in paragraph `paragraph`. */
export interface Quote {
	paragraph: string;
	text: string;
}

/** A figure inside a quote that belongs to a place: tapping it lights the place. */
export interface FigureMark {
	/** The exact characters in the quote, e.g. `投资4.9亿元`. */
	text: string;
	place: string;
}

/** One step of the story: typed data, no markup and no callbacks. */
export interface StoryStep {
	/** Stable kebab-case id: the URL hash and the DOM id (`step-<id>`). */
	id: string;
	title: string;
	/** What the step is about, as one of the story's themes (shown on the card and in the menu). */
	theme: Theme;
	/** Slugs of the places the step is about; the first is the main one. */
	places: string[];
	quotes: Quote[];
	figures?: FigureMark[];
	/**
	 * Overrides of the view computed from the places: the ground to show (e.g. chosen with
	 * "use this view" in the location editor), and a tilt or rotation.
	 */
	view?: { box?: Box; pitch?: number; bearing?: number };
	/** Words for presenters (shown in the presenter view), never on the public page. */
	notes?: string;
}

/** The story's themes, one per step (the step card and the progress line show the label). */
export const THEMES = {
	overview: '总览',
	industry: '产业',
	city: '城市更新',
	culture: '文化旅游',
	livelihood: '民生'
} as const;

export type Theme = keyof typeof THEMES;
