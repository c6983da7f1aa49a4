import type { PlaceBrief } from '$lib/places/brief';
import { indicators, RESULTS_PARAGRAPH } from '$lib/story/headline';
import { markFigures, type Segment } from '$lib/story/figures';
import { CLOSING, OPENING } from '$lib/story/mapstate';
import { THEMES, type StoryStep } from '$lib/story/types';

/** A place the slide is about that has no position: named on the map, never pinned. */
export interface Unplaced {
	id: string;
	name: string;
	where: string | null;
}

export interface SlideQuote {
	paragraph: string;
	/** The quote exactly, split so the step's figures can be marked. */
	segments: Segment[];
}

/** One slide of the presentation: one stop of the story (its id is the stop's id). */
export interface Slide {
	id: string;
	kind: 'opening' | 'step' | 'closing';
	/** A short line above the title. */
	kicker: string;
	title: string;
	/** The places of the slide, main one first (names). */
	places: string[];
	/** The report's words. */
	quotes: SlideQuote[];
	/** Key figures in large type: characters of the quotes, verbatim. */
	figures: string[];
	/** On the opening: the headline indicators, label and the report's words. */
	headline: { label: string; quote: string }[];
	/** A line in our own words under the slide's text (the closing's count of unplaced places). */
	note: string | null;
	/** Places of the slide with no position. */
	unplaced: Unplaced[];
	/** The site path the slide's QR code opens (no origin; the page adds it). */
	link: string;
	/** What that page is, in a few words. */
	linkLabel: string;
	/** Presenter notes (only the presenter view gets them). */
	notes: string | null;
}

export interface SlidePaths {
	/** The story page. */
	story: string;
	/** The list of every place. */
	places: string;
	/** A place's page. */
	place(slug: string): string;
}

const unplacedOf = (places: PlaceBrief[]): Unplaced[] =>
	places
		.filter((p) => !p.placed)
		.map((p) => ({ id: p.id, name: p.name, where: p.position.description?.text ?? null }));

/**
 * The slides, one per stop of the story: the opening with the headline figures, each step
 * (its place, the report's words, its figures), and the closing with every placed site. The
 * map of each slide is the story's own map state for that stop (src/lib/server/views.ts), so
 * the slides and the story can never show different ground.
 */
export function buildSlides(steps: StoryStep[], places: PlaceBrief[], paths: SlidePaths): Slide[] {
	const bySlug = new Map(places.map((p) => [p.id, p]));
	const placesOf = (slugs: string[]) =>
		slugs.map((s) => bySlug.get(s)).filter((p): p is PlaceBrief => p !== undefined);

	const opening: Slide = {
		id: OPENING,
		kind: 'opening',
		kicker: '2024年1月20日 · 浔阳区十一届人大四次会议',
		title: '浔阳区人民政府工作报告',
		places: [],
		quotes: [],
		figures: [],
		headline: indicators.map((i) => ({ label: i.label, quote: i.result.quote })),
		note: null,
		unplaced: [],
		link: paths.story,
		linkLabel: '地图上的政府工作报告',
		notes: null
	};

	const middle: Slide[] = steps.map((step, index) => {
		const mine = placesOf(step.places);
		const main = mine[0];
		return {
			id: step.id,
			kind: 'step',
			kicker: `第 ${index + 1} / ${steps.length} 站 · ${THEMES[step.theme]}`,
			title: step.title,
			places: mine.map((p) => p.name),
			quotes: step.quotes.map((q) => ({
				paragraph: q.paragraph,
				segments: markFigures(q.text, step.figures)
			})),
			figures: (step.figures ?? []).map((f) => f.text),
			headline: [],
			note: null,
			unplaced: unplacedOf(mine),
			link: main ? paths.place(main.id) : `${paths.story}#step-${step.id}`,
			linkLabel: main ? main.name : step.title,
			notes: step.notes ?? null
		};
	});

	// The closing gathers every placed site; the story's own places that are not on the map
	// are named there too (all 100-odd unplaced places would not fit a screen).
	const placed = places.filter((p) => p.placed);
	const storyUnplaced = unplacedOf(placesOf([...new Set(steps.flatMap((s) => s.places))]));
	const closing: Slide = {
		id: CLOSING,
		kind: 'closing',
		kicker: '终点',
		title: '全部地点一览',
		places: placed.map((p) => p.name),
		quotes: [],
		figures: [],
		headline: [],
		note: `另有 ${places.length - placed.length} 处地点尚未标在图上：没有给出坐标的可靠来源，就不打点。`,
		unplaced: storyUnplaced.map((p) => ({ ...p, where: null })),
		link: paths.places,
		linkLabel: `全部 ${places.length} 处地点`,
		notes: null
	};

	return [opening, ...middle, closing];
}

/** The unit of a figure in the report's headline words: numbers are drawn large with it. */
const NUMBER = /\d+(?:\.\d+)?(?:%|亿元|万元|元)?/g;

/** Splits text into runs, marking the numbers (with their unit) to draw them large. */
export function numberRuns(text: string): { text: string; number: boolean }[] {
	const runs: { text: string; number: boolean }[] = [];
	let cursor = 0;
	for (const match of text.matchAll(NUMBER)) {
		const at = match.index ?? 0;
		if (at > cursor) runs.push({ text: text.slice(cursor, at), number: false });
		runs.push({ text: match[0], number: true });
		cursor = at + match[0].length;
	}
	if (cursor < text.length) runs.push({ text: text.slice(cursor), number: false });
	return runs;
}

/** The paragraph the opening's figures are quoted from. */
export const HEADLINE_PARAGRAPH = RESULTS_PARAGRAPH;
