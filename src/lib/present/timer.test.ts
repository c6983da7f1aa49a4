import { describe, expect, it } from 'vitest';
import { elapsed, formatElapsed, pause, running, start, STOPPED } from './timer';

describe('presenter stopwatch', () => {
	it('counts only while running, across pauses', () => {
		let w = start(STOPPED, 1_000);
		expect(running(w)).toBe(true);
		expect(elapsed(w, 4_000)).toBe(3_000);
		w = pause(w, 4_000);
		expect(elapsed(w, 60_000)).toBe(3_000);
		w = start(w, 70_000);
		expect(elapsed(w, 72_500)).toBe(5_500);
	});

	it('ignores a second start and a pause while paused', () => {
		const w = start(STOPPED, 1_000);
		expect(start(w, 9_000)).toBe(w);
		expect(pause(STOPPED, 5_000)).toBe(STOPPED);
	});

	it('reads as h:mm:ss', () => {
		expect(formatElapsed(0)).toBe('0:00:00');
		expect(formatElapsed(61_999)).toBe('0:01:01');
		expect(formatElapsed(3_600_000 + 5_000)).toBe('1:00:05');
	});
});
