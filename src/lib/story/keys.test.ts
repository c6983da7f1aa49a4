import { describe, expect, it } from 'vitest';
import { storyKey } from './keys';

const press = (key: string, extra: Partial<Parameters<typeof storyKey>[0]> = {}) =>
	storyKey({
		key,
		shiftKey: false,
		ctrlKey: false,
		altKey: false,
		metaKey: false,
		target: null,
		...extra
	});

/** A stand-in element that matches `closest` for the given selector words. */
const inside = (...tags: string[]) => ({
	closest: (selector: string) => (tags.some((t) => selector.includes(t)) ? {} : null)
});

describe('story keys', () => {
	it('move one stop forward for PageDown, ↓ and Space; back for PageUp, ↑ and Shift+Space', () => {
		expect(['PageDown', 'ArrowDown', ' '].map((k) => press(k))).toEqual([1, 1, 1]);
		expect(['PageUp', 'ArrowUp'].map((k) => press(k))).toEqual([-1, -1]);
		expect(press(' ', { shiftKey: true })).toBe(-1);
	});

	it('leave other keys and modified keys alone', () => {
		expect(press('a')).toBeNull();
		expect(press('PageDown', { ctrlKey: true })).toBeNull();
		expect(press('ArrowDown', { altKey: true })).toBeNull();
	});

	it('leave keys to fields, buttons, links and an open menu', () => {
		for (const tag of ['input', 'button', 'a', 'summary', 'details[open]']) {
			expect(press(' ', { target: inside(tag) as unknown as EventTarget }), tag).toBeNull();
		}
		expect(press('PageDown', { target: inside() as unknown as EventTarget })).toBe(1);
	});
});
