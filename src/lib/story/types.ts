import type { Camera } from '$lib/map/camera';

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
	/** Which of the report's five themes (section number 一…五), or 0 for the opening. */
	theme: 0 | 1 | 2 | 3 | 4 | 5;
	/** Slugs of the places the step is about; the first is the main one. */
	places: string[];
	quotes: Quote[];
	figures?: FigureMark[];
	/** Per-step camera overrides on top of the camera computed from the places. */
	camera?: Partial<Camera>;
	/** Words for presenters (shown in the presenter view), never on the public page. */
	notes?: string;
}

/** The report's five themes, as its sections (一)…(五) run in both parts. */
export const THEMES = ['总览', '产业', '开放', '城市', '民生', '自身建设'] as const;
