import LineBreaker from 'linebreak';

/**
 * Line wrapping for the cards. Break opportunities come from the Unicode line-breaking
 * algorithm (UAX #14, the `linebreak` package, as PDFKit uses): Chinese may break between
 * characters, but not before closing punctuation (，。）) or inside a number or a Latin word.
 * Of those, only the ones between words are used (ICU's dictionary word segmenter through
 * `Intl.Segmenter`), so 国能九江发电煤码头 breaks as 国能九江 / 发电煤码头, not 发 / 电.
 * Widths come from the caller (HarfBuzz shaping with the card font).
 */

export const ELLIPSIS = '…';

const words = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** The pieces of `text` between break opportunities that fall between words, in order. */
export function segments(text: string): string[] {
	const wordEnds = new Set([...words.segment(text)].map((w) => w.index + w.segment.length));
	const breaker = new LineBreaker(text);
	const parts: string[] = [];
	let last = 0;
	for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
		// A break after trailing spaces counts as the end of the word before them.
		const end = text.slice(0, bk.position).trimEnd().length;
		if (!wordEnds.has(end) && bk.position < text.length) continue;
		parts.push(text.slice(last, bk.position));
		last = bk.position;
	}
	return parts;
}

export interface Wrapped {
	lines: string[];
	/** True when the text did not fit in `maxLines` and the last line ends with an ellipsis. */
	truncated: boolean;
}

function greedy(parts: string[], maxWidth: number, width: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const part of parts) {
		const next = line + part;
		if (line && width(next.trimEnd()) > maxWidth) {
			lines.push(line.trimEnd());
			line = part;
		} else {
			line = next;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/**
 * Wraps `text` into lines no wider than `maxWidth` (a single unbreakable piece wider than that
 * is cut by character). Lines are balanced: 九江长江国家文化公园 / 城区段 becomes two lines of
 * similar length. More than `maxLines` lines: the last shown line ends in an ellipsis.
 */
export function wrap(
	text: string,
	maxWidth: number,
	width: (s: string) => number,
	maxLines: number
): Wrapped {
	// A word wider than the line is broken by character.
	const parts = segments(text.trim()).flatMap((p) => (width(p) > maxWidth ? [...p] : [p]));
	let lines = greedy(parts, maxWidth, width);
	if (lines.length > maxLines) {
		const shown = lines.slice(0, maxLines);
		let last = shown[maxLines - 1];
		while (last && width(last + ELLIPSIS) > maxWidth) last = [...last].slice(0, -1).join('');
		shown[maxLines - 1] = last.trimEnd() + ELLIPSIS;
		return { lines: shown, truncated: true };
	}
	if (lines.length > 1) {
		// The narrowest width that still needs no more lines (bisection on the width).
		let lo = 0;
		let hi = maxWidth;
		while (hi - lo > 1) {
			const mid = (lo + hi) / 2;
			if (greedy(parts, mid, width).length > lines.length) lo = mid;
			else hi = mid;
		}
		lines = greedy(parts, hi, width);
	}
	return { lines, truncated: false };
}
