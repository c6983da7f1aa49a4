import { describe, expect, it } from 'vitest';
import { evaluateBudgets, exitCode, type BudgetLine } from './budgets';
import type { LhMetrics } from './lighthouse';
import { summarizePage, type PageSummary, type TimingSummary } from './summary';

const metrics = (over: Partial<LhMetrics> = {}): LhMetrics => ({
	lcp: 1000,
	fcp: 900,
	tbt: 0,
	speedIndex: 1000,
	cls: 0,
	performance: 100,
	accessibility: 100,
	bestPractices: 100,
	seo: 100,
	...over
});

function page(
	path: string,
	runs: Partial<LhMetrics>[],
	floorRuns: Partial<LhMetrics>[]
): PageSummary {
	const wrap = (ms: Partial<LhMetrics>[]) => ms.map((m) => ({ metrics: metrics(m), warnings: [] }));
	return {
		...summarizePage(path, true, wrap(runs), wrap(floorRuns), path === '/site/'),
		bytes: null
	};
}

const find = (lines: BudgetLine[], budget: RegExp, pagePath?: string) =>
	lines.find((l) => budget.test(l.budget) && l.page === pagePath);

describe('evaluateBudgets', () => {
	const floor = [
		{ lcp: 1000, tbt: 0 },
		{ lcp: 3000, tbt: 200 },
		{ lcp: 1000, tbt: 0 }
	];

	it('passes a page that is as fast as the floor page run for run', () => {
		const lines = evaluateBudgets([page('/', floor, floor), page('/site/', floor, floor)], null);
		expect(lines.every((l) => l.status === 'PASS')).toBe(true);
		expect(find(lines, /LCP/, '/')?.value).toBe('1.00×');
	});
	it('fails LCP above 1.15× the floor, judged per run, not on absolute times', () => {
		// Run 2 is slow for both (machine load); the page is 1.2× the floor in every run.
		const slow = [{ lcp: 1200 }, { lcp: 3600 }, { lcp: 1200 }];
		const lines = evaluateBudgets([page('/', slow, floor)], null);
		expect(find(lines, /LCP/, '/')).toMatchObject({ status: 'FAIL', value: '1.20×' });
	});
	it('allows TBT up to the floor + 100 ms and fails beyond it', () => {
		const ok = evaluateBudgets([page('/', [{ tbt: 100 }, { tbt: 300 }, { tbt: 90 }], floor)], null);
		expect(find(ok, /TBT/, '/')).toMatchObject({ status: 'PASS', value: '+100 ms' });
		const bad = evaluateBudgets(
			[page('/', [{ tbt: 150 }, { tbt: 320 }, { tbt: 130 }], floor)],
			null
		);
		expect(find(bad, /TBT/, '/')).toMatchObject({ status: 'FAIL', value: '+130 ms' });
	});
	it('checks Performance ≥ 95, Accessibility 100 and CLS ≤ 0.02 on every page, floor included', () => {
		const lines = evaluateBudgets(
			[page('/site/', [{ performance: 94, accessibility: 98, cls: 0.021 }], [{}])],
			null
		);
		expect(find(lines, /Performance/, '/site/')?.status).toBe('FAIL');
		expect(find(lines, /Accessibility/, '/site/')?.status).toBe('FAIL');
		expect(find(lines, /CLS/, '/site/')).toMatchObject({ status: 'FAIL', value: '0.021' });
		expect(find(lines, /LCP/, '/site/')).toBeUndefined(); // the floor is not compared with itself
	});
	it('judges the JS+CSS before the map against 60 KB (60 000 bytes) gzip', () => {
		const withBytes = (initialGzip: number): PageSummary => ({
			...page('/', [{}], [{}]),
			bytes: {
				initialGzip,
				initialJsGzip: initialGzip,
				initialCssGzip: 0,
				initialFiles: [],
				requestedBeforeMapGzip: 0,
				mapLoadedWithoutInteraction: false,
				totalGzip: initialGzip
			}
		});
		expect(find(evaluateBudgets([withBytes(60_000)], null), /JS\+CSS/, '/')?.status).toBe('PASS');
		expect(find(evaluateBudgets([withBytes(60_001)], null), /JS\+CSS/, '/')).toMatchObject({
			status: 'FAIL',
			value: '60.0 KB'
		});
	});
	it('says "n/a (marks missing)" for the story timings when the app emits no marks', () => {
		const timings: TimingSummary = {
			stepToCamera: {
				median: null,
				samples: [],
				missing: [{ step: 'a', problem: 'no step-active mark' }]
			},
			intentToDrawn: { median: null, samples: [], notes: ['marks missing'] },
			marksSeen: false,
			errors: []
		};
		const lines = evaluateBudgets([], timings);
		expect(lines).toEqual([
			{
				budget: 'step → camera start ≤ 50 ms',
				page: undefined,
				value: 'n/a (marks missing)',
				status: 'N/A'
			},
			{
				budget: 'first intent → drawn map ≤ 1500 ms',
				page: undefined,
				value: 'n/a (marks missing)',
				status: 'N/A'
			}
		]);
	});
	it('judges the story timings against 50 ms and 1.5 s', () => {
		const timings: TimingSummary = {
			stepToCamera: { median: 51, samples: [51], missing: [] },
			intentToDrawn: { median: 1500, samples: [1500], notes: [] },
			marksSeen: true,
			errors: []
		};
		const [step, intent] = evaluateBudgets([], timings);
		expect(step).toMatchObject({ status: 'FAIL', value: '51 ms' });
		expect(intent).toMatchObject({ status: 'PASS', value: '1500 ms' });
	});
	it('leaves out pages that are not built yet', () => {
		const unbuilt: PageSummary = { ...page('/explore/', [{}], [{}]), built: false };
		expect(evaluateBudgets([unbuilt], null)).toEqual([]);
	});
	it('marks a page whose every run failed as N/A, never PASS', () => {
		const failed: PageSummary = {
			...summarizePage('/', true, [{ metrics: null, error: 'NO_FCP', warnings: [] }], [], false),
			bytes: null
		};
		const lines = evaluateBudgets([failed], null);
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.every((l) => l.status === 'N/A')).toBe(true);
	});
});

describe('exitCode', () => {
	const pass: BudgetLine = { budget: 'x', value: '1', status: 'PASS' };
	const fail: BudgetLine = { budget: 'y', value: '2', status: 'FAIL' };
	const na: BudgetLine = { budget: 'z', value: 'n/a', status: 'N/A' };
	it('is 0 for a report, even with failures', () => {
		expect(exitCode([pass, fail, na], false)).toBe(0);
	});
	it('is 1 under --strict when any budget failed or could not be measured', () => {
		expect(exitCode([pass], true)).toBe(0);
		expect(exitCode([pass, fail], true)).toBe(1);
		expect(exitCode([pass, na], true)).toBe(1);
	});
});
