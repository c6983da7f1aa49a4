/**
 * "Use this view": writes a story step's `view.box` into the story file, or removes it. The
 * new file is formatted with prettier (with the project's own settings, so `npm run lint` stays
 * clean), written beside the old one, checked with the build's story check (`checkStoryFile`),
 * and only then renamed over it.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import prettier from 'prettier';
import { z } from 'zod';
import { checkStoryFile, STEPS_FILE, type StoryContext } from '../../lib/server/story-check';
import { roundBox, type Box } from '../lib/view';

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const stepViewRequestSchema = z.object({
	id: z.string().min(1),
	/** The map's bounds [west, south, east, north]; null removes the step's box. */
	box: z.tuple([lon, lat, lon, lat]).nullable()
});

export type StepViewResult =
	| { ok: true; written: true; id: string; before: Box | null; after: Box | null }
	| { ok: false; problems: string[] };

type StepJson = Record<string, unknown> & { id: string; view?: Record<string, unknown> };

/** The step with its view box set (or removed), keeping the file's order of fields. */
export function withViewBox(step: StepJson, box: Box | null): StepJson {
	const view = { ...(step.view ?? {}) };
	if (box) view.box = box;
	else delete view.box;
	const entries = Object.entries(step).filter(([k]) => k !== 'view');
	if (Object.keys(view).length === 0) return Object.fromEntries(entries) as StepJson;
	// A new view goes where the schema lists it: before `notes` (or at the end).
	const at =
		'view' in step ? Object.keys(step).indexOf('view') : entries.findIndex(([k]) => k === 'notes');
	entries.splice(at < 0 ? entries.length : at, 0, ['view', view]);
	return Object.fromEntries(entries) as StepJson;
}

/**
 * The story file formatted as `prettier --write` formats it in this project. Prettier keeps an
 * object on several lines when its source does, and the file writes every object so: the input
 * is written out in full (tabs, one key a line) and prettier then joins what it joins (arrays).
 */
export async function formatStory(json: unknown): Promise<string> {
	const config = (await prettier.resolveConfig(resolve(STEPS_FILE))) ?? {};
	return prettier.format(JSON.stringify(json, null, '\t'), { ...config, parser: 'json' });
}

export async function writeStepView(
	stepsFile: string,
	body: unknown,
	ctx: StoryContext
): Promise<StepViewResult> {
	const parsed = stepViewRequestSchema.safeParse(body);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
		};
	}
	const { id } = parsed.data;
	const box = parsed.data.box ? roundBox(parsed.data.box) : null;
	const json = JSON.parse(readFileSync(stepsFile, 'utf8')) as { steps: StepJson[] };
	const index = json.steps.findIndex((s) => s.id === id);
	if (index < 0) return { ok: false, problems: [`${stepsFile}: no step "${id}"`] };
	const step = json.steps[index];
	const before = (step.view?.box as Box | undefined) ?? null;
	json.steps[index] = withViewBox(step, box);

	const temp = `${stepsFile}.tmp-${process.pid}`;
	writeFileSync(temp, await formatStory(json));
	try {
		checkStoryFile(ctx, temp);
	} catch (error) {
		rmSync(temp, { force: true });
		const message = (error as Error).message.replaceAll(temp, stepsFile);
		const lines = message.split('\n');
		return {
			ok: false,
			problems: (lines.length > 1 ? lines.slice(1) : lines).map((l) => l.trim())
		};
	}
	renameSync(temp, stepsFile);
	return { ok: true, written: true, id, before, after: box };
}
