// Turns raw runs into the per-page and per-timing numbers the report prints and budgets judge.
import type { PageBytes } from './bytes';
import { METRIC_KEYS, type LhMetrics, type LhRun } from './lighthouse';
import { median, relativeToFloor } from './stats';
import type { StoryRun } from './timings';

export type MetricKey = (typeof METRIC_KEYS)[number];

export interface PageSummary {
	path: string;
	/** False when the build has no such page yet (e.g. /explore/ before it lands). */
	built: boolean;
	/** The floor page every other page is compared with. */
	floor: boolean;
	/** Lighthouse runs in run order (empty when Lighthouse was not run). */
	runs: LhRun[];
	/** Medians over the successful runs. */
	median: Record<MetricKey, number | null>;
	/** Median over runs of (page / floor) in the same run. */
	lcpRatio: number | null;
	tbtRatio: number | null;
	/** Median over runs of (page − floor) in the same run, ms. */
	tbtOverFloor: number | null;
	bytes: PageBytes | null;
	bytesError?: string;
}

const col = (runs: readonly LhRun[], key: keyof LhMetrics) => runs.map((r) => r.metrics?.[key]);

export function summarizePage(
	path: string,
	built: boolean,
	runs: readonly LhRun[],
	floorRuns: readonly LhRun[],
	isFloor: boolean
): Omit<PageSummary, 'bytes' | 'bytesError'> {
	const medians = Object.fromEntries(
		METRIC_KEYS.map((key) => [key, median(col(runs, key))])
	) as Record<MetricKey, number | null>;
	return {
		path,
		built,
		floor: isFloor,
		runs: [...runs],
		median: medians,
		lcpRatio: relativeToFloor(col(runs, 'lcp'), col(floorRuns, 'lcp'), 'ratio'),
		tbtRatio: relativeToFloor(col(runs, 'tbt'), col(floorRuns, 'tbt'), 'ratio'),
		tbtOverFloor: relativeToFloor(col(runs, 'tbt'), col(floorRuns, 'tbt'), 'delta')
	};
}

export interface TimingSummary {
	stepToCamera: {
		/** Median over every step of every run, ms; null without marks. */
		median: number | null;
		samples: number[];
		/** Steps visited that gave no number, with why. */
		missing: { step: string; problem: string }[];
	};
	intentToDrawn: {
		median: number | null;
		samples: number[];
		notes: string[];
	};
	/** Whether the page emitted any xy: mark in any run. */
	marksSeen: boolean;
	/** Loads that failed outright (e.g. the page did not load). */
	errors: string[];
}

export function summarizeStory(runs: readonly StoryRun[]): TimingSummary {
	const samples: number[] = [];
	const missing: { step: string; problem: string }[] = [];
	for (const run of runs) {
		for (const s of run.steps) {
			if (s.latency === null) missing.push({ step: s.step, problem: s.problem });
			else samples.push(s.latency);
		}
	}
	const drawn = runs.map((r) => r.intent.value).filter((v): v is number => v !== null);
	const notes = [...new Set(runs.map((r) => r.intent.note).filter((n): n is string => !!n))];
	return {
		stepToCamera: { median: median(samples), samples, missing },
		intentToDrawn: { median: median(drawn), samples: drawn, notes },
		marksSeen: runs.some((r) => r.marksSeen),
		errors: runs.map((r) => r.error).filter((e): e is string => !!e)
	};
}
