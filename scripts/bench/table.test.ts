import { describe, expect, it } from 'vitest';
import type { BudgetLine } from './budgets';
import { formatTable, pageRow, renderMarkdown, renderReport } from './table';
import { summarizePage, type PageSummary } from './summary';

describe('formatTable', () => {
	it('aligns columns, numbers to the right', () => {
		const text = formatTable(
			['page', 'LCP ms'],
			[
				['/', '12345'],
				['/report/', '9']
			],
			['left', 'right']
		);
		expect(text.split('\n')).toEqual([
			'page      LCP ms',
			'--------  ------',
			'/          12345',
			'/report/       9'
		]);
	});
	it('prints a single-cell row as a note across the columns', () => {
		const text = formatTable(['page', 'LCP ms'], [['/explore/  not built yet'], ['/', '1']]);
		expect(text.split('\n')[2]).toBe('/explore/  not built yet');
		expect(text.split('\n')[3]).toBe('/     1');
	});
});

const run = (lcp: number, tbt: number) => ({
	metrics: {
		lcp,
		fcp: 800,
		tbt,
		speedIndex: 900,
		cls: 0.0347,
		performance: 97,
		accessibility: 100,
		bestPractices: 100,
		seo: 100
	},
	warnings: []
});

describe('pageRow', () => {
	it('shows medians, the floor ratios and the bytes before the map', () => {
		const floorRuns = [run(1000, 0), run(2000, 50)];
		const p: PageSummary = {
			...summarizePage('/', true, [run(1100, 150), run(2400, 250)], floorRuns, false),
			bytes: {
				initialGzip: 45_210,
				initialJsGzip: 40_000,
				initialCssGzip: 5210,
				initialFiles: [],
				requestedBeforeMapGzip: 0,
				mapLoadedWithoutInteraction: true,
				totalGzip: 320_000
			}
		};
		expect(pageRow(p)).toEqual([
			'/',
			'1750',
			'800',
			'200',
			'0.035',
			'900',
			'97',
			'100',
			'100',
			'100',
			'1.15×',
			'5.00×',
			'+175',
			'45.2 KB',
			'2/2'
		]);
	});
	it('shows the floor page as 1.00× of itself, but only when Lighthouse ran on it', () => {
		const measured: PageSummary = {
			...summarizePage('/site/', true, [run(1000, 0)], [run(1000, 0)], true),
			bytes: null
		};
		expect(pageRow(measured).slice(10, 13)).toEqual(['1.00×', '—', '0']);
		const bytesOnly: PageSummary = { ...summarizePage('/site/', true, [], [], true), bytes: null };
		expect(pageRow(bytesOnly).slice(10, 13)).toEqual(['—', '—', '—']);
	});
	it('says when a page is not built yet', () => {
		const p: PageSummary = { ...summarizePage('/present/', false, [], [], false), bytes: null };
		expect(pageRow(p)).toHaveLength(1);
		expect(pageRow(p)[0]).toMatch(/^\/present\/\s+not built yet/);
	});
});

describe('renderReport', () => {
	it('prints every budget with its verdict and a count', () => {
		const budgets: BudgetLine[] = [
			{ budget: 'Performance ≥ 95', page: '/', value: '29', status: 'FAIL' },
			{ budget: 'CLS ≤ 0.02', page: '/site/', value: '0.000', status: 'PASS' },
			{ budget: 'step → camera start ≤ 50 ms', value: 'n/a (marks missing)', status: 'N/A' }
		];
		const text = renderReport({
			pages: [],
			floor: '/site/',
			runs: 3,
			mapAssets: null,
			timings: null,
			budgets
		});
		expect(text).toContain('FAIL  Performance ≥ 95             /       29');
		expect(text).toContain('PASS  CLS ≤ 0.02                   /site/  0.000');
		expect(text).toContain('N/A   step → camera start ≤ 50 ms          n/a (marks missing)');
		expect(text).toContain('1 pass, 1 fail, 1 not measured');
	});
});

describe('renderMarkdown', () => {
	it('gives the README a Markdown table with the floor marked and missing timings named', () => {
		const floorRuns = [run(1000, 0)];
		const pages: PageSummary[] = [
			{ ...summarizePage('/', true, [run(1200, 150)], floorRuns, false), bytes: null },
			{ ...summarizePage('/site/', true, floorRuns, floorRuns, true), bytes: null },
			{ ...summarizePage('/explore/', false, [], [], false), bytes: null }
		];
		const md = renderMarkdown({
			pages,
			floor: '/site/',
			runs: 1,
			mapAssets: null,
			timings: {
				stepToCamera: { median: null, samples: [], missing: [] },
				intentToDrawn: { median: null, samples: [], notes: [] },
				marksSeen: false,
				errors: []
			},
			budgets: [],
			date: '2026-12-02',
			commit: '0123456789abcdef'
		});
		expect(md).toContain('on commit `0123456`');
		expect(md).toContain(
			'| `/` | 1200 ms | 150 ms | 0.035 | 97 | 100 | 100 | 100 | 1.20× | +150 ms | — |'
		);
		expect(md).toContain('| `/site/` (floor) | 1000 ms | 0 ms |');
		expect(md).toContain('| `/explore/` | not built yet |');
		expect(md).toContain('Step → camera start: n/a (marks missing).');
	});
});
