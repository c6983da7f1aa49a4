/**
 * Keys that move the story by exactly one stop, as a presenter's clicker or a reader expects:
 * clickers send PageDown/PageUp; ↓ ↑ and Space work as on slides. Null for any other key, and
 * for keys meant for something else (typing in a field, pressing a focused button or link,
 * with a modifier held).
 */
export function storyKey(event: {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	target: EventTarget | null;
}): 1 | -1 | null {
	if (event.ctrlKey || event.altKey || event.metaKey) return null;
	const target = event.target as { closest?: (selector: string) => unknown } | null;
	if (
		target?.closest?.(
			'input, textarea, select, button, a, summary, [contenteditable], details[open]'
		)
	) {
		return null;
	}
	return stepDelta(event.key, event.shiftKey);
}

/**
 * One stop forward (1) or back (-1) for a key, or null: PageDown/PageUp (clickers), ↓ ↑, and
 * Space (Shift+Space back). Shared by the story page and the presentation.
 */
export function stepDelta(key: string, shiftKey: boolean): 1 | -1 | null {
	switch (key) {
		case 'ArrowDown':
		case 'PageDown':
			return 1;
		case 'ArrowUp':
		case 'PageUp':
			return -1;
		case ' ':
			return shiftKey ? -1 : 1;
		default:
			return null;
	}
}
