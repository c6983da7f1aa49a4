import { describe, expect, it } from 'vitest';
import { INTENT_EVENTS, whenIntent } from './intent';

describe('whenIntent', () => {
	it('starts once, on whichever intent comes first, and then stops listening', () => {
		const target = new EventTarget();
		let starts = 0;
		whenIntent(() => starts++, target);
		expect(starts).toBe(0);
		target.dispatchEvent(new Event('wheel'));
		for (const type of INTENT_EVENTS) target.dispatchEvent(new Event(type));
		expect(starts).toBe(1);
	});

	it('can be cancelled before any intent (the page was left)', () => {
		const target = new EventTarget();
		let starts = 0;
		const stop = whenIntent(() => starts++, target);
		stop();
		target.dispatchEvent(new Event('scroll'));
		expect(starts).toBe(0);
	});

	it('ignores events that are not intent', () => {
		const target = new EventTarget();
		let starts = 0;
		whenIntent(() => starts++, target);
		target.dispatchEvent(new Event('load'));
		target.dispatchEvent(new Event('resize'));
		expect(starts).toBe(0);
	});
});
