import { readFileSync } from 'node:fs';
import { storySchema, type StoryStep } from '../story/schema';

export const STEPS_FILE = 'src/lib/story/steps.json';

export interface StoryContext {
	/** Report paragraphs by id (text as delivered). */
	paragraphs: Map<string, string>;
	/** Slugs of the places defined in geo/places.geojson. */
	places: Set<string>;
}

/**
 * Every problem of the story file, each naming the file, the step and the field: the schema,
 * unique ids, quotes verbatim in their paragraph, figures inside a quote of the same step and
 * belonging to one of its places, and places that exist.
 */
export function storyProblems(file: string, json: unknown, ctx: StoryContext): string[] {
	const parsed = storySchema.safeParse(json);
	if (!parsed.success) {
		return parsed.error.issues.map((issue) => {
			const [, index, ...rest] = issue.path;
			const step = (json as { steps?: { id?: unknown }[] })?.steps?.[Number(index)]?.id;
			const where =
				issue.path[0] === 'steps' && index !== undefined
					? `step ${typeof step === 'string' ? `"${step}"` : `#${String(index)}`}: field "${rest.join('.') || '(step)'}"`
					: `field "${issue.path.join('.') || '(file)'}"`;
			return `${file}: ${where}: ${issue.message}`;
		});
	}
	const errors: string[] = [];
	const seen = new Set<string>();
	parsed.data.steps.forEach((step: StoryStep) => {
		const at = (field: string, message: string) =>
			errors.push(`${file}: step "${step.id}": field "${field}": ${message}`);
		if (seen.has(step.id)) at('id', 'duplicate step id');
		seen.add(step.id);
		step.places.forEach((slug, i) => {
			if (!ctx.places.has(slug)) at(`places.${i}`, `no place "${slug}" in geo/places.geojson`);
		});
		step.quotes.forEach((quote, i) => {
			const text = ctx.paragraphs.get(quote.paragraph);
			if (text === undefined)
				at(`quotes.${i}.paragraph`, `no report paragraph "${quote.paragraph}"`);
			else if (!text.includes(quote.text)) {
				at(`quotes.${i}.text`, `not found verbatim in paragraph "${quote.paragraph}"`);
			}
		});
		(step.figures ?? []).forEach((figure, i) => {
			if (!step.quotes.some((q) => q.text.includes(figure.text))) {
				at(`figures.${i}.text`, `"${figure.text}" is in none of the step's quotes`);
			}
			if (!step.places.includes(figure.place)) {
				at(`figures.${i}.place`, `"${figure.place}" is not one of the step's places`);
			}
		});
	});
	return errors;
}

/** Reads and checks the story file; throws one error listing every problem. */
export function checkStoryFile(ctx: StoryContext, file = STEPS_FILE): void {
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
	}
	const errors = storyProblems(file, json, ctx);
	if (errors.length > 0) {
		throw new Error(`${errors.length} problem(s) in the story:\n  ${errors.join('\n  ')}`);
	}
}
