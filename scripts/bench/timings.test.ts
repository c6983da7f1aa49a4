import { describe, expect, it } from 'vitest';
import { intentToDrawn, stepLatency, type MarkEntry } from './timings';

const mark = (name: string, startTime: number, step?: string): MarkEntry => ({
	name,
	startTime,
	step
});

describe('stepLatency', () => {
	it('measures from the step becoming active to its camera start', () => {
		const marks = [mark('xy:step-active', 1000, 'wharf'), mark('xy:camera-start', 1012.5, 'wharf')];
		expect(stepLatency(marks, 'wharf', 990)).toEqual({ step: 'wharf', latency: 12.5 });
	});
	it('ignores marks of other steps and marks from before the scroll', () => {
		const marks = [
			mark('xy:step-active', 500, 'wharf'), // an earlier visit
			mark('xy:camera-start', 520, 'wharf'),
			mark('xy:step-active', 2000, 'lake'),
			mark('xy:camera-start', 2003, 'lake'),
			mark('xy:step-active', 2004, 'wharf'),
			mark('xy:camera-start', 2040, 'wharf')
		];
		expect(stepLatency(marks, 'wharf', 1900)).toEqual({ step: 'wharf', latency: 36 });
	});
	it('says which mark is missing instead of inventing a time', () => {
		expect(stepLatency([], 'wharf', 0)).toEqual({
			step: 'wharf',
			latency: null,
			problem: 'no step-active mark'
		});
		expect(stepLatency([mark('xy:step-active', 10, 'wharf')], 'wharf', 0)).toEqual({
			step: 'wharf',
			latency: null,
			problem: 'no camera-start mark'
		});
	});
});

describe('intentToDrawn', () => {
	it('measures from the first intent to the first drawn frame', () => {
		const marks = [
			mark('xy:map-drawn', 2400),
			mark('xy:intent', 1500),
			mark('xy:intent', 1900),
			mark('xy:map-drawn', 3000)
		];
		expect(intentToDrawn(marks)).toEqual({ value: 900 });
	});
	it('is missing, with the reason, when either mark is absent', () => {
		expect(intentToDrawn([])).toEqual({ value: null, note: 'marks missing' });
		expect(intentToDrawn([mark('xy:intent', 1)]).value).toBeNull();
		expect(intentToDrawn([mark('xy:map-drawn', 1)]).note).toBe('no xy:intent mark');
	});
	it('counts a map drawn before any intent as no wait at all, and says so', () => {
		expect(intentToDrawn([mark('xy:map-drawn', 800), mark('xy:intent', 1500)])).toEqual({
			value: 0,
			note: 'the map was drawn before the first intent'
		});
	});
});
