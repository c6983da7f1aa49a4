import { describe, expect, it } from 'vitest';
import { runFromLhr, type Lhr } from './lighthouse';

const lhr: Lhr = {
	lighthouseVersion: '12.8.2',
	environment: { hostUserAgent: 'Chromium/140', benchmarkIndex: 812.5 },
	runWarnings: ['The page loaded too slowly'],
	audits: {
		'largest-contentful-paint': { numericValue: 2122.4 },
		'first-contentful-paint': { numericValue: 2023.3 },
		'total-blocking-time': { numericValue: 0 },
		'speed-index': { numericValue: 2050.1 },
		'cumulative-layout-shift': { numericValue: 0.0347 }
	},
	categories: {
		performance: { score: 0.97 },
		accessibility: { score: 1 },
		'best-practices': { score: 0.96 },
		seo: { score: 0.92 }
	}
};

describe('runFromLhr', () => {
	it('reads the timings in milliseconds and the scores out of 100', () => {
		const run = runFromLhr(lhr);
		expect(run.error).toBeUndefined();
		expect(run.metrics).toEqual({
			lcp: 2122.4,
			fcp: 2023.3,
			tbt: 0,
			speedIndex: 2050.1,
			cls: 0.0347,
			performance: 97,
			accessibility: 100,
			bestPractices: 96,
			seo: 92
		});
		expect(run.warnings).toEqual(['The page loaded too slowly']);
		expect(run.userAgent).toBe('Chromium/140');
		expect(run.benchmarkIndex).toBe(812.5);
	});
	it('keeps a zero TBT as 0 (a real measurement), not as missing', () => {
		expect(runFromLhr(lhr).metrics?.tbt).toBe(0);
	});
	it('reports a metric Lighthouse could not measure as null', () => {
		const noLcp: Lhr = { ...lhr, audits: { ...lhr.audits, 'largest-contentful-paint': {} } };
		expect(runFromLhr(noLcp).metrics?.lcp).toBeNull();
	});
	it('treats a report with a runtime error as a failed run with the reason', () => {
		const failed: Lhr = {
			...lhr,
			runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' }
		};
		const run = runFromLhr(failed);
		expect(run.metrics).toBeNull();
		expect(run.error).toBe('NO_FCP: The page did not paint any content.');
	});
});
