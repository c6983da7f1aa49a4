import { describe, expect, it } from 'vitest';
import { median, relativeToFloor } from './stats';

describe('median', () => {
	it('takes the middle of an odd count, in any order', () => {
		expect(median([900, 100, 300])).toBe(300);
	});
	it('averages the two middle values of an even count', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
	it('ignores failed runs (null) instead of counting them as zero', () => {
		expect(median([null, 1200, undefined, 1000, 1100])).toBe(1100);
	});
	it('is null when no run produced a number', () => {
		expect(median([null, null])).toBeNull();
		expect(median([])).toBeNull();
	});
});

describe('relativeToFloor', () => {
	it('pairs each run with the floor run measured under the same load', () => {
		// Run 2 was slow for both pages (machine load): the ratio stays about 1.1 every run.
		const page = [1100, 4400, 2200];
		const floor = [1000, 4000, 2000];
		expect(relativeToFloor(page, floor, 'ratio')).toBeCloseTo(1.1, 10);
	});
	it('differs from the ratio of the medians when runs are noisy', () => {
		const page = [1000, 3000, 5000];
		const floor = [2000, 1000, 4000];
		// Per run: 0.5, 3, 1.25 → median 1.25; median(page)/median(floor) would be 1.5.
		expect(relativeToFloor(page, floor, 'ratio')).toBe(1.25);
	});
	it('gives the per-run difference for delta', () => {
		expect(relativeToFloor([150, 400, 90], [0, 250, 40], 'delta')).toBe(150);
	});
	it('skips runs where the floor is zero for ratios but not for deltas', () => {
		expect(relativeToFloor([50, 120], [0, 100], 'ratio')).toBe(1.2);
		expect(relativeToFloor([50, 120], [0, 100], 'delta')).toBe(35);
	});
	it('skips runs where either page failed, and is null when none pair up', () => {
		expect(relativeToFloor([null, 300, 200], [100, null, 100], 'ratio')).toBe(2);
		expect(relativeToFloor([null], [100], 'ratio')).toBeNull();
		expect(relativeToFloor([0], [0], 'ratio')).toBeNull();
	});
});
