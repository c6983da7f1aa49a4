// The speed and quality budgets (README: "Speed and quality budgets") and their verdicts.
import type { PageSummary, TimingSummary } from './summary';

export const BUDGETS = {
	/** Lighthouse category scores, 0–100, on every page. */
	performance: 95,
	accessibility: 100,
	cls: 0.02,
	/** A page's LCP may be at most this many times the floor page's, in the same run. */
	lcpRatio: 1.15,
	/** A page's TBT may exceed the floor page's by at most this, in the same run (ms). */
	tbtOverFloorMs: 100,
	/** gzip bytes of JS+CSS loaded before the map starts (1 KB = 1000 bytes). */
	initialBytes: 60_000,
	stepToCameraMs: 50,
	intentToDrawnMs: 1500
} as const;

export type Status = 'PASS' | 'FAIL' | 'N/A';

export interface BudgetLine {
	budget: string;
	/** The page it was checked on; none for the story timings. */
	page?: string;
	/** The measured value, formatted, or why there is none. */
	value: string;
	status: Status;
}

export const fmt = {
	ms: (v: number) => `${Math.round(v)} ms`,
	cls: (v: number) => v.toFixed(3),
	ratio: (v: number) => `${v.toFixed(2)}×`,
	score: (v: number) => String(Math.round(v)),
	kb: (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
};

function line(
	budget: string,
	page: string | undefined,
	value: number | null,
	ok: (v: number) => boolean,
	show: (v: number) => string,
	missing = 'n/a'
): BudgetLine {
	if (value === null) return { budget, page, value: missing, status: 'N/A' };
	return { budget, page, value: show(value), status: ok(value) ? 'PASS' : 'FAIL' };
}

/**
 * Every budget on every built page that was measured. A budget whose number could not be
 * measured is N/A, never PASS.
 */
export function evaluateBudgets(
	pages: readonly PageSummary[],
	timings: TimingSummary | null
): BudgetLine[] {
	const out: BudgetLine[] = [];
	for (const p of pages.filter((p) => p.built)) {
		const m = p.median;
		if (p.runs.length > 0) {
			out.push(
				line(
					`Performance ≥ ${BUDGETS.performance}`,
					p.path,
					m.performance,
					(v) => v >= BUDGETS.performance,
					fmt.score
				),
				line(
					`Accessibility = ${BUDGETS.accessibility}`,
					p.path,
					m.accessibility,
					(v) => v >= BUDGETS.accessibility,
					fmt.score
				),
				line(`CLS ≤ ${BUDGETS.cls}`, p.path, m.cls, (v) => v <= BUDGETS.cls, fmt.cls)
			);
		}
		if (p.runs.length > 0 && !p.floor) {
			out.push(
				line(
					`LCP ≤ ${BUDGETS.lcpRatio}× floor`,
					p.path,
					p.lcpRatio,
					(v) => v <= BUDGETS.lcpRatio,
					fmt.ratio
				),
				line(
					`TBT ≤ floor + ${BUDGETS.tbtOverFloorMs} ms`,
					p.path,
					p.tbtOverFloor,
					(v) => v <= BUDGETS.tbtOverFloorMs,
					(v) => `${v >= 0 ? '+' : '−'}${fmt.ms(Math.abs(v))}`
				)
			);
		}
		if (p.bytes || p.bytesError) {
			out.push(
				line(
					`JS+CSS before map ≤ ${fmt.kb(BUDGETS.initialBytes)} gz`,
					p.path,
					p.bytes?.initialGzip ?? null,
					(v) => v <= BUDGETS.initialBytes,
					fmt.kb,
					`n/a (${p.bytesError})`
				)
			);
		}
	}
	if (timings) {
		const missing = timings.marksSeen
			? 'n/a (no complete pair of marks)'
			: timings.errors.length
				? `n/a (${timings.errors[0]})`
				: 'n/a (marks missing)';
		out.push(
			line(
				`step → camera start ≤ ${BUDGETS.stepToCameraMs} ms`,
				undefined,
				timings.stepToCamera.median,
				(v) => v <= BUDGETS.stepToCameraMs,
				fmt.ms,
				missing
			),
			line(
				`first intent → drawn map ≤ ${BUDGETS.intentToDrawnMs} ms`,
				undefined,
				timings.intentToDrawn.median,
				(v) => v <= BUDGETS.intentToDrawnMs,
				fmt.ms,
				timings.marksSeen
					? `n/a (${timings.intentToDrawn.notes.join('; ') || 'no value'})`
					: missing
			)
		);
	}
	return out;
}

/** Exit status: a report exits 0; with --strict any FAIL or unmeasured budget exits 1. */
export function exitCode(lines: readonly BudgetLine[], strict: boolean): number {
	return strict && lines.some((l) => l.status !== 'PASS') ? 1 : 0;
}
