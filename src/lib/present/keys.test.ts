import { describe, expect, it } from 'vitest';
import { presentKey, type KeyLike } from './keys';

const press = (key: string, extra: Partial<KeyLike> = {}) =>
	presentKey({
		key,
		shiftKey: false,
		ctrlKey: false,
		altKey: false,
		metaKey: false,
		target: null,
		...extra
	});

/** A stand-in element that matches `closest` for the given selector words. */
const inside = (...tags: string[]) =>
	({
		closest: (selector: string) => (tags.some((t) => selector.includes(t)) ? {} : null)
	}) as unknown as EventTarget;

describe('presentation keys', () => {
	it('move one slide forward for → ↓ PageDown Space, back for ← ↑ PageUp Shift+Space', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) {
			expect(press(key), key).toEqual({ kind: 'move', delta: 1 });
		}
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
			expect(press(key), key).toEqual({ kind: 'move', delta: -1 });
		}
		expect(press(' ', { shiftKey: true })).toEqual({ kind: 'move', delta: -1 });
	});

	it('go to the first and last slide with Home and End', () => {
		expect(press('Home')).toEqual({ kind: 'first' });
		expect(press('End')).toEqual({ kind: 'last' });
	});

	it('read digits, Enter and Backspace for a slide number', () => {
		expect(press('7')).toEqual({ kind: 'digit', digit: 7 });
		expect(press('0')).toEqual({ kind: 'digit', digit: 0 });
		expect(press('Enter')).toEqual({ kind: 'enter' });
		expect(press('Backspace')).toEqual({ kind: 'erase' });
	});

	it('black the screen with B (either case) or a clicker’s "."; F for full screen; Esc', () => {
		expect([press('b'), press('B'), press('.')]).toEqual([
			{ kind: 'black' },
			{ kind: 'black' },
			{ kind: 'black' }
		]);
		expect([press('f'), press('F')]).toEqual([{ kind: 'fullscreen' }, { kind: 'fullscreen' }]);
		expect(press('Escape')).toEqual({ kind: 'escape' });
	});

	it('ignore a held key’s auto-repeat, so a long press is still one slide', () => {
		expect(press('PageDown', { repeat: true })).toBeNull();
	});

	it('leave modified keys and other keys alone', () => {
		expect(press('PageDown', { ctrlKey: true })).toBeNull();
		expect(press('ArrowRight', { altKey: true })).toBeNull();
		expect(press('f', { metaKey: true })).toBeNull();
		expect(press('x')).toBeNull();
		expect(press('F5')).toBeNull();
	});

	it('leave typing to fields, and Space/Enter to a focused button or link', () => {
		expect(press('5', { target: inside('input') })).toBeNull();
		expect(press(' ', { target: inside('button') })).toBeNull();
		expect(press('Enter', { target: inside('a') })).toBeNull();
		// A clicker's PageDown still steers while a control has focus.
		expect(press('PageDown', { target: inside('button') })).toEqual({ kind: 'move', delta: 1 });
	});
});
