import { describe, expect, it } from 'vitest';
import { activeIndex } from './active';

describe('activeIndex', () => {
	it('is the first step before any step reaches the line', () => {
		expect(activeIndex([500, 900, 1300], 400)).toBe(0);
	});

	it('is the last step whose top has passed the line', () => {
		expect(activeIndex([-900, -200, 350, 1100], 400)).toBe(2);
	});

	it('is the final step once every step has passed', () => {
		expect(activeIndex([-3000, -2000, -1000], 400)).toBe(2);
	});
});
