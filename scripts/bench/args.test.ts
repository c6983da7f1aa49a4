import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGES, interleave, lighthousePages, parseBenchArgs } from './args';

describe('parseBenchArgs', () => {
	it('defaults to 3 runs of every page, building first, reporting only', () => {
		expect(parseBenchArgs([])).toEqual({
			runs: 3,
			pages: DEFAULT_PAGES,
			build: true,
			strict: false,
			only: ['lighthouse', 'bytes', 'timings'],
			help: false
		});
	});
	it('reads --runs, --pages (adding the trailing slash), --no-build, --strict, --only', () => {
		const o = parseBenchArgs([
			'--runs',
			'5',
			'--pages',
			'/,/site',
			'--no-build',
			'--strict',
			'--only=bytes'
		]);
		expect(o).toMatchObject({
			runs: 5,
			pages: ['/', '/site/'],
			build: false,
			strict: true,
			only: ['bytes']
		});
	});
	it('rejects a run count that is not a whole number ≥ 1', () => {
		expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
		expect(() => parseBenchArgs(['--runs', '2.5'])).toThrow(/--runs/);
	});
	it('rejects pages without a leading slash, unknown parts and unknown options', () => {
		expect(() => parseBenchArgs(['--pages', 'site/'])).toThrow(/must start with/);
		expect(() => parseBenchArgs(['--only', 'speed'])).toThrow(/--only/);
		expect(() => parseBenchArgs(['--fast'])).toThrow();
	});
});

describe('lighthousePages and interleave', () => {
	it('always includes the floor page, which the ratios need', () => {
		expect(lighthousePages(['/'])).toEqual(['/', '/site/']);
		expect(lighthousePages(['/site/', '/'])).toEqual(['/site/', '/']);
	});
	it('runs every page once before any page runs again', () => {
		expect(interleave(['/', '/site/'], 2)).toEqual([
			{ page: '/', run: 0 },
			{ page: '/site/', run: 0 },
			{ page: '/', run: 1 },
			{ page: '/site/', run: 1 }
		]);
	});
});
