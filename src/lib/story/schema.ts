import { z } from 'zod';
import { THEMES } from './themes';

/**
 * The schema of the story (src/lib/story/steps.json): steps in reading order. Checked at build
 * time with the quotes against the report (src/lib/server/story-check.ts); the types below are
 * inferred from it, so the data and the code cannot drift apart.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug');
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const quoteSchema = z.object({
	/** A report paragraph id; `text` must appear in it verbatim. */
	paragraph: z.string().min(1),
	text: z.string().min(2)
});

export const figureMarkSchema = z.object({
	/** The exact characters in one of the step's quotes, e.g. `投资4.9亿元`. */
	text: z.string().min(1),
	/** The place the figure belongs to: tapping it lights the place. */
	place: slug
});

export const stepViewSchema = z
	.object({
		/** The ground to show, [west, south, east, north] (e.g. set with "use this view"). */
		box: z
			.tuple([lon, lat, lon, lat])
			.refine(([w, s, e, n]) => w < e && s < n, 'expected west < east and south < north')
			.optional(),
		pitch: z.number().min(0).max(60).optional(),
		bearing: z.number().min(-180).max(360).optional()
	})
	.strict();

export const stepSchema = z
	.object({
		/** Stable kebab-case id: the URL hash (#step-<id>) and the DOM id. */
		id: slug,
		title: z.string().min(2),
		theme: z.enum(Object.keys(THEMES) as [keyof typeof THEMES]),
		/** Slugs of the places the step is about; the first is the main one. */
		places: z.array(slug),
		quotes: z.array(quoteSchema).min(1),
		figures: z.array(figureMarkSchema).optional(),
		/** Overrides of the view computed from the places. */
		view: stepViewSchema.optional(),
		/** Words for presenters (the presenter view), never on the public page. */
		notes: z.string().optional()
	})
	.strict();

export const storySchema = z.object({
	$comment: z.string().optional(),
	steps: z.array(stepSchema).min(1)
});

export type StoryStep = z.infer<typeof stepSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type FigureMark = z.infer<typeof figureMarkSchema>;
