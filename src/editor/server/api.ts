/**
 * The editor's JSON endpoints, as plain functions of (method, path, body) so they can be tested
 * without a server. Every write goes through a path the command-line tools share: places through
 * places-edit.ts (and geocode/accept.ts for a reviewed geocode), the story through the build's
 * story check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { BasemapEnv } from '../../lib/map/basemap';
import { loadValidationContext, PLACES_FILE, placesProblems } from '../../lib/server/geo-check';
import { acceptCandidate, previewCandidate } from '../../lib/server/geocode/accept';
import { readReview, REVIEW_FILE, type ReviewPlace } from '../../lib/server/geocode/review';
import { districtBox } from '../../lib/server/district';
import { STEPS_FILE } from '../../lib/server/story-check';
import { editorBasemap } from '../lib/basemap';
import { editPosition, type DataFiles } from './edit';
import { writeStepView } from './steps';

/** The data files the editor reads and writes; tests point them at temporary copies. */
export function editorFiles(env: Record<string, string | undefined> = process.env): DataFiles {
	return {
		places: env.XY_EDITOR_PLACES || PLACES_FILE,
		steps: env.XY_EDITOR_STEPS || STEPS_FILE,
		review: env.XY_EDITOR_REVIEW || REVIEW_FILE
	};
}

export interface EditorConfig {
	files: DataFiles;
	env: BasemapEnv;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

/** Everything the page shows: places (as in the file), steps, geocoding candidates, basemap. */
export function editorState({ files, env }: EditorConfig) {
	const places = readJson(files.places) as { features: unknown[] };
	const { errors } = placesProblems(files.places, places, loadValidationContext(), files.steps);
	const story = readJson(files.steps) as {
		steps: { id: string; title: string; places: string[]; view?: { box?: number[] } }[];
	};
	let candidates: Record<string, ReviewPlace> = {};
	let reviewProblem: string | null = null;
	if (existsSync(files.review)) {
		try {
			const review = readReview(files.review);
			candidates = Object.fromEntries(review.places.map((p) => [p.slug, p]));
		} catch (error) {
			reviewProblem = (error as Error).message;
		}
	}
	return {
		files,
		features: places.features,
		problems: errors,
		steps: story.steps.map(({ id, title, places, view }) => ({
			id,
			title,
			places,
			box: view?.box ?? null
		})),
		candidates,
		reviewProblem,
		basemap: editorBasemap(env),
		/** The district outline's box [west, south, east, north]: the overview. */
		districtBox: districtBox(),
		/** Today on the machine that runs the editor (the default survey date). */
		today: new Date().toLocaleDateString('sv-SE')
	};
}

export type EditorState = ReturnType<typeof editorState>;

const candidateRequestSchema = z.object({
	slug: z.string().min(1),
	number: z.number().int().positive(),
	radius_m: z.number().positive().optional(),
	confirm_overwrite_sourced: z.boolean(),
	confirm_overwrite_surveyed: z.boolean()
});

export interface Reply {
	status: number;
	body: unknown;
}

const problems = (status: number, list: string[]): Reply => ({
	status,
	body: { ok: false, problems: list, confirm: null }
});

/** Answers one request to /__editor/api/<path>. */
export async function answer(
	method: string,
	path: string,
	body: unknown,
	config: EditorConfig
): Promise<Reply> {
	const { files } = config;
	if (method === 'GET' && path === 'state') return { status: 200, body: editorState(config) };
	if (method !== 'POST') return problems(405, [`${method} ${path}: not supported`]);
	switch (path) {
		case 'position/preview':
			return { status: 200, body: editPosition(files, body, true) };
		case 'position/save':
			return { status: 200, body: editPosition(files, body, false) };
		case 'candidate/preview':
		case 'candidate/accept': {
			const parsed = candidateRequestSchema.safeParse(body);
			if (!parsed.success)
				return problems(
					400,
					parsed.error.issues.map((i) => i.message)
				);
			const r = parsed.data;
			const options = {
				slug: r.slug,
				number: r.number,
				radiusM: r.radius_m,
				placesFile: files.places,
				reviewFile: files.review,
				stepsFile: files.steps,
				confirmOverwriteSourced: r.confirm_overwrite_sourced,
				confirmOverwriteSurveyed: r.confirm_overwrite_surveyed
			};
			if (path === 'candidate/preview') return { status: 200, body: previewCandidate(options) };
			const result = acceptCandidate(options);
			return {
				status: 200,
				body: result.written
					? { ok: true, written: true, file: result.file, lines: result.changes }
					: { ok: false, problems: result.problems, confirm: null }
			};
		}
		case 'step-view': {
			const { paragraphs } = loadValidationContext();
			const { features } = readJson(files.places) as { features: { id: string }[] };
			const ctx = { paragraphs, places: new Set(features.map((f) => f.id)) };
			return { status: 200, body: await writeStepView(files.steps, body, ctx) };
		}
		default:
			return problems(404, [`POST ${path}: no such endpoint`]);
	}
}
