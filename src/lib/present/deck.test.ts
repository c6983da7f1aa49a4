import { describe, expect, it } from 'vitest';
import { bodySize, indexFromHash, labelScaleFor, step, type DeckState } from './deck';
import type { Command } from './keys';

const TOTAL = 12;
const at = (index: number, extra: Partial<DeckState> = {}): DeckState => ({
	shown: { index, black: false },
	typed: '',
	...extra
});
const run = (state: DeckState, ...commands: Command[]) =>
	commands.reduce((s, c) => step(s, c, TOTAL).state, state);

describe('deck state', () => {
	it('moves exactly one slide per move, and stops at both ends', () => {
		expect(run(at(3), { kind: 'move', delta: 1 }).shown.index).toBe(4);
		expect(run(at(3), { kind: 'move', delta: -1 }).shown.index).toBe(2);
		expect(run(at(0), { kind: 'move', delta: -1 }).shown.index).toBe(0);
		expect(run(at(TOTAL - 1), { kind: 'move', delta: 1 }).shown.index).toBe(TOTAL - 1);
	});

	it('goes to the first and the last slide', () => {
		expect(run(at(5), { kind: 'first' }).shown.index).toBe(0);
		expect(run(at(5), { kind: 'last' }).shown.index).toBe(TOTAL - 1);
	});

	it('jumps to a typed slide number (counted from 1) on Enter', () => {
		const typed = run(at(0), { kind: 'digit', digit: 1 }, { kind: 'digit', digit: 0 });
		expect(typed).toEqual(at(0, { typed: '10' }));
		expect(run(typed, { kind: 'enter' })).toEqual(at(9));
	});

	it('clamps a number beyond the deck to the last slide and 0 to the first', () => {
		expect(
			run(at(2), { kind: 'digit', digit: 9 }, { kind: 'digit', digit: 9 }, { kind: 'enter' })
		).toEqual(at(TOTAL - 1));
		expect(run(at(4), { kind: 'digit', digit: 0 }, { kind: 'enter' })).toEqual(at(0));
	});

	it('erases a typed digit, forgets a number on Esc, and ignores Enter with none typed', () => {
		const typed = run(at(0), { kind: 'digit', digit: 4 }, { kind: 'digit', digit: 2 });
		expect(run(typed, { kind: 'erase' }).typed).toBe('4');
		expect(step(typed, { kind: 'escape' }, TOTAL)).toEqual({
			state: at(0),
			effect: 'exit-fullscreen'
		});
		expect(step(at(6), { kind: 'enter' }, TOTAL)).toEqual({ state: at(6), effect: null });
	});

	it('toggles black, and moving keeps it black while it moves one slide', () => {
		const black = run(at(2), { kind: 'black' });
		expect(black.shown).toEqual({ index: 2, black: true });
		expect(run(black, { kind: 'move', delta: 1 }).shown).toEqual({ index: 3, black: true });
		expect(run(black, { kind: 'black' }).shown).toEqual({ index: 2, black: false });
	});

	it('asks the window for full screen on F', () => {
		expect(step(at(1), { kind: 'fullscreen' }, TOTAL).effect).toBe('fullscreen');
	});
});

describe('slide from the address', () => {
	const ids = ['opening', 'coal-wharf', 'closing'];
	it('reads a stop id from the hash', () => {
		expect(indexFromHash('#coal-wharf', ids)).toBe(1);
		expect(indexFromHash('#closing', ids)).toBe(2);
	});
	it('gives null for no hash, an unknown id or bad encoding', () => {
		expect(indexFromHash('', ids)).toBeNull();
		expect(indexFromHash('#nowhere', ids)).toBeNull();
		expect(indexFromHash('#%E0%A4%A', ids)).toBeNull();
	});
});

describe('projector sizes', () => {
	it('sets body text of at least 32 px on a 1920×1080 projector, less on a laptop', () => {
		expect(bodySize(1920, 1080)).toBeGreaterThanOrEqual(32);
		expect(bodySize(1366, 768)).toBeCloseTo(23, 0);
	});
	it('keeps the layout on a 16:10 or 4:3 screen by following the width', () => {
		expect(bodySize(1024, 768)).toBeCloseTo(17.4, 1);
	});
	it('reads at phone size on a phone held upright, never below 15 px', () => {
		expect(bodySize(390, 844)).toBeCloseTo(16.4, 1);
		expect(bodySize(320, 568)).toBe(15);
		expect(bodySize(768, 1024)).toBeCloseTo(26.6, 1);
	});
	it('draws map labels about twice their size on a projector, never smaller than normal', () => {
		expect(labelScaleFor(1920, 1080)).toBeCloseTo(2, 1);
		expect(labelScaleFor(400, 300)).toBe(1);
	});
});
