import type { Command } from './keys';

/** What every window of a presentation shows: the single state; the map is derived from it. */
export interface Shown {
	/** The slide, from 0 (the opening) to the number of slides less one (the closing). */
	index: number;
	/** The audience screen is blacked out. */
	black: boolean;
}

/** One window's state: what is shown, and a slide number being typed (this window only). */
export interface DeckState {
	shown: Shown;
	/** Digits typed so far, before Enter jumps to that slide ('' when none). */
	typed: string;
}

/** What the window itself must do beyond showing the new state. */
export type Effect = 'fullscreen' | 'exit-fullscreen' | null;

/** Longest slide number that can be typed. */
const MAX_DIGITS = 3;

export const clampIndex = (index: number, total: number) =>
	Math.min(total - 1, Math.max(0, Math.trunc(index)));

/**
 * The next state after a command, for a deck of `total` slides. Pure: the pages call it on
 * every key and button, so every way of moving obeys the same rules. Moving does not lift a
 * black screen (B does): a press always moves exactly one slide, black or not.
 */
export function step(
	state: DeckState,
	command: Command,
	total: number
): { state: DeckState; effect: Effect } {
	const { shown, typed } = state;
	const go = (index: number) => ({
		state: { shown: { ...shown, index: clampIndex(index, total) }, typed: '' },
		effect: null
	});
	switch (command.kind) {
		case 'move':
			return go(shown.index + command.delta);
		case 'first':
			return go(0);
		case 'last':
			return go(total - 1);
		case 'digit':
			return {
				state: { shown, typed: (typed + command.digit).slice(0, MAX_DIGITS) },
				effect: null
			};
		case 'erase':
			return { state: { shown, typed: typed.slice(0, -1) }, effect: null };
		case 'enter':
			// Slides are numbered from 1 on the counter.
			return typed ? go(Number(typed) - 1) : { state, effect: null };
		case 'black':
			return { state: { shown: { ...shown, black: !shown.black }, typed: '' }, effect: null };
		case 'fullscreen':
			return { state: { shown, typed: '' }, effect: 'fullscreen' };
		case 'escape':
			return { state: { shown, typed: '' }, effect: 'exit-fullscreen' };
	}
}

/** The slide an address names (`#<stop-id>`), or null. */
export function indexFromHash(hash: string, ids: readonly string[]): number | null {
	let id: string;
	try {
		id = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null;
	}
	const index = ids.indexOf(id);
	return index >= 0 ? index : null;
}

/**
 * The slide's body text size in px for a window, as the deck's CSS sets it: 3% of its height,
 * or 1.7% of its width on a screen narrower than 16:9 (so the layout holds); 32.4 px on a
 * 1920×1080 projector. A window taller than wide (a phone held upright) stacks map and words
 * and reads at 4.2% of its width, at least 15 px and at most 2.6% of its height.
 */
export function bodySize(width: number, height: number): number {
	if (height >= width) return Math.max(15, Math.min(0.042 * width, 0.026 * height));
	return Math.min(0.03 * height, 0.017 * width);
}

/** How much larger than normal the map's labels are drawn: in step with the slide's text. */
export function labelScaleFor(width: number, height: number): number {
	return Math.max(1, Math.round((bodySize(width, height) / 16) * 100) / 100);
}
