// Two timings of the story read from the app's User Timing marks:
//   step → camera start:   xy:step-active {step} … xy:camera-start {step}
//   first intent → drawn:  xy:intent … xy:map-drawn
// Without the marks the numbers are missing (reported as n/a), never guessed.
import type { Browser, Page } from '@playwright/test';

export const MARKS = {
	stepActive: 'xy:step-active',
	cameraStart: 'xy:camera-start',
	intent: 'xy:intent',
	mapDrawn: 'xy:map-drawn'
} as const;

export interface MarkEntry {
	name: string;
	startTime: number;
	/** `detail.step` of the mark, when it has one. */
	step?: string;
}

export type StepResult =
	| { step: string; latency: number }
	| { step: string; latency: null; problem: 'no step-active mark' | 'no camera-start mark' };

/**
 * Time from step `step` becoming active (its first xy:step-active at or after `since`) to the
 * first xy:camera-start for the same step after that.
 */
export function stepLatency(
	entries: readonly MarkEntry[],
	step: string,
	since: number
): StepResult {
	const byTime = [...entries].sort((a, b) => a.startTime - b.startTime);
	const active = byTime.find(
		(e) => e.name === MARKS.stepActive && e.step === step && e.startTime >= since
	);
	if (!active) return { step, latency: null, problem: 'no step-active mark' };
	const camera = byTime.find(
		(e) => e.name === MARKS.cameraStart && e.step === step && e.startTime >= active.startTime
	);
	if (!camera) return { step, latency: null, problem: 'no camera-start mark' };
	return { step, latency: camera.startTime - active.startTime };
}

export interface IntentResult {
	/** Milliseconds from the first xy:intent to the first xy:map-drawn; null without both. */
	value: number | null;
	note?: string;
}

export function intentToDrawn(entries: readonly MarkEntry[]): IntentResult {
	const first = (name: string) =>
		entries.filter((e) => e.name === name).sort((a, b) => a.startTime - b.startTime)[0];
	const intent = first(MARKS.intent);
	const drawn = first(MARKS.mapDrawn);
	if (!intent && !drawn) return { value: null, note: 'marks missing' };
	if (!intent) return { value: null, note: 'no xy:intent mark' };
	if (!drawn) return { value: null, note: 'no xy:map-drawn mark' };
	if (drawn.startTime < intent.startTime) {
		return { value: 0, note: 'the map was drawn before the first intent' };
	}
	return { value: drawn.startTime - intent.startTime };
}

export interface StoryRun {
	intent: IntentResult;
	steps: StepResult[];
	/** Whether the page emitted any xy: mark at all. */
	marksSeen: boolean;
	/** Why the load failed outright, if it did. */
	error?: string;
}

async function readMarks(page: Page): Promise<MarkEntry[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('mark')
			.filter((m) => m.name.startsWith('xy:'))
			.map((m) => {
				const detail = (m as PerformanceMark).detail as { step?: unknown } | null;
				return {
					name: m.name,
					startTime: m.startTime,
					step: typeof detail?.step === 'string' ? detail.step : undefined
				};
			})
	);
}

/** What a wait checks in the page: a mark (optionally of a step, at or after `since`), or the map at rest. */
type Condition =
	{ mark: string; step?: string; since?: number; orIdle?: boolean } | { idleOrUnknown: true };

/**
 * Waits until `condition` holds in the page. The check is a function with arguments, not a
 * string: the site's Content-Security-Policy forbids evaluating strings (no 'unsafe-eval').
 */
async function waitFor(page: Page, condition: Condition, timeout: number): Promise<boolean> {
	try {
		await page.waitForFunction(
			(c) => {
				// The map region says what the map is doing (data-map-state: picture, loading, idle…);
				// the bench's own fixture page says it in window.__mapState.
				const state =
					document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ??
					(window as { __mapState?: string }).__mapState;
				if ('idleOrUnknown' in c) return state === undefined || state === 'idle';
				const hit = performance
					.getEntriesByName(c.mark)
					.some(
						(m) =>
							m.startTime >= (c.since ?? 0) &&
							(c.step === undefined ||
								((m as PerformanceMark).detail as { step?: string } | null)?.step === c.step)
					);
				return hit || (c.orIdle === true && state === 'idle');
			},
			condition,
			{ timeout, polling: 'raf' }
		);
		return true;
	} catch {
		return false;
	}
}

export interface StoryOptions {
	/** How long to wait for the map's first frame after the intent. */
	drawTimeout?: number;
	/** How long to wait for each step's marks. */
	stepTimeout?: number;
	/** Where a step's top is put, as a fraction of the window height from the top. */
	stepTop?: number;
}

/**
 * Loads the story at `url` in a fresh desktop-sized window, makes the first intent (a mouse
 * wheel over the text), waits for the map's first frame, then scrolls to each step in turn.
 */
export async function measureStory(
	browser: Browser,
	url: string,
	{ drawTimeout = 30_000, stepTimeout = 5_000, stepTop = 0.4 }: StoryOptions = {}
): Promise<StoryRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle', timeout: 90_000 });
		await page.mouse.move(200, 400);
		await page.mouse.wheel(0, 120);
		// The map's first complete frame: the app's mark, or (without marks) its idle flag.
		await waitFor(page, { mark: MARKS.mapDrawn, orIdle: true }, drawTimeout);
		const intent = intentToDrawn(await readMarks(page));

		const ids = await page.$$eval('[data-step-id]', (els) =>
			els.map((el) => (el as HTMLElement).dataset.stepId ?? '')
		);
		const visits: { step: string; since: number }[] = [];
		// The first step is already active when the page opens.
		for (const step of ids.slice(1)) {
			const since = await page.evaluate(
				({ step, stepTop }) => {
					const el = document.querySelector(`[data-step-id="${CSS.escape(step)}"]`)!;
					const now = performance.now();
					const top = el.getBoundingClientRect().top + window.scrollY;
					window.scrollTo({ top: top - window.innerHeight * stepTop, behavior: 'instant' });
					return now;
				},
				{ step, stepTop }
			);
			visits.push({ step, since });
			if (!(await waitFor(page, { mark: MARKS.stepActive, step, since }, stepTimeout))) {
				if ((await readMarks(page)).length === 0) break; // no marks at all: stop early
				continue;
			}
			if (!(await waitFor(page, { mark: MARKS.cameraStart, step, since }, stepTimeout))) continue;
			// Let the camera finish before the next step, as a reader would.
			await page.waitForTimeout(100);
			await waitFor(page, { idleOrUnknown: true }, 15_000);
		}
		const marks = await readMarks(page);
		return {
			intent,
			steps: visits.map(({ step, since }) => stepLatency(marks, step, since)),
			marksSeen: marks.length > 0
		};
	} finally {
		await context.close();
	}
}
