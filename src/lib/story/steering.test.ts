import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Steering } from './steering';

describe('Steering', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('is active while held and settles once when the time is up', () => {
		const settled = vi.fn();
		const steering = new Steering(settled);
		steering.hold(400);
		expect(steering.active).toBe(true);
		vi.advanceTimersByTime(399);
		expect(settled).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(steering.active).toBe(false);
		expect(settled).toHaveBeenCalledTimes(1);
	});

	it('ignores the end of an older self-scroll once a newer one has started', () => {
		const settled = vi.fn();
		const steering = new Steering(settled);
		const old = steering.hold(400);
		steering.hold(1000);
		steering.release(old);
		expect(steering.active).toBe(true);
		expect(settled).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1000);
		expect(settled).toHaveBeenCalledTimes(1);
	});
});
