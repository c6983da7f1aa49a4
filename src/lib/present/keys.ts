import { stepDelta } from '$lib/story/keys';

/**
 * The presentation's keys. A presenter's clicker sends PageDown/PageUp (some send → ←, and
 * "B" or "." for a black screen); a keyboard adds Home/End, a slide number then Enter, F for
 * full screen and Esc. Each press is one command: a held key's auto-repeat is ignored, so a
 * key held a moment too long still moves exactly one slide.
 */
export type Command =
	| { kind: 'move'; delta: 1 | -1 }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'digit'; digit: number }
	| { kind: 'enter' }
	| { kind: 'erase' }
	| { kind: 'black' }
	| { kind: 'fullscreen' }
	| { kind: 'escape' };

export interface KeyLike {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	repeat?: boolean;
	target: EventTarget | null;
}

type Closest = { closest?: (selector: string) => unknown } | null;

/** The command a key press means, or null for keys meant for something else. */
export function presentKey(event: KeyLike): Command | null {
	if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return null;
	const target = event.target as Closest;
	// Typing in a field is typing, not steering.
	if (target?.closest?.('input, textarea, select, [contenteditable]')) return null;
	// Space and Enter press a focused button or follow a focused link; every other key steers.
	const onControl = Boolean(target?.closest?.('button, a, summary'));
	if (onControl && (event.key === ' ' || event.key === 'Enter')) return null;
	// The story's step keys (PageDown/PageUp, ↓ ↑, Space), plus → ← as on slides.
	const delta = stepDelta(event.key, event.shiftKey);
	if (delta) return { kind: 'move', delta };
	switch (event.key) {
		case 'ArrowRight':
			return { kind: 'move', delta: 1 };
		case 'ArrowLeft':
			return { kind: 'move', delta: -1 };
		case 'Home':
			return { kind: 'first' };
		case 'End':
			return { kind: 'last' };
		case 'Enter':
			return { kind: 'enter' };
		case 'Backspace':
			return { kind: 'erase' };
		case 'b':
		case 'B':
		case '.':
			return { kind: 'black' };
		case 'f':
		case 'F':
			return { kind: 'fullscreen' };
		case 'Escape':
			return { kind: 'escape' };
		default:
			return /^[0-9]$/.test(event.key) ? { kind: 'digit', digit: Number(event.key) } : null;
	}
}
