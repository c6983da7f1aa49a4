import type { FigureMark } from './types';

export interface Segment {
	text: string;
	/** Set on the characters of a figure that belongs to a place. */
	place?: string;
}

/**
 * Splits a quote into plain text and marked figures (each figure's first occurrence), so the
 * page can render figures as buttons. Joining the segments gives back the quote exactly.
 */
export function markFigures(text: string, figures: FigureMark[] = []): Segment[] {
	const hits = figures
		.map((f) => ({ ...f, at: text.indexOf(f.text) }))
		.filter((f) => f.at >= 0 && f.text.length > 0)
		.sort((a, b) => a.at - b.at);
	const segments: Segment[] = [];
	let cursor = 0;
	for (const hit of hits) {
		if (hit.at < cursor) continue; // overlaps an earlier figure
		if (hit.at > cursor) segments.push({ text: text.slice(cursor, hit.at) });
		segments.push({ text: hit.text, place: hit.place });
		cursor = hit.at + hit.text.length;
	}
	if (cursor < text.length) segments.push({ text: text.slice(cursor) });
	return segments;
}

/** A place named in a quote (found at build time), with the names of the places it means. */
export interface QuoteMention {
	start: number;
	end: number;
	targets: { slug: string; name: string }[];
}

export interface QuoteSegment {
	text: string;
	/** A figure of this place: tapping it lights the place. */
	place?: string;
	/** A place name: a link to the place (a short list when it means several, e.g. 两湖). */
	targets?: { slug: string; name: string }[];
	/** Offset in the quote, for stable keys and ids. */
	start: number;
}

/**
 * A quote cut into plain text, figure marks and place names. Figures come first (they are the
 * step's own buttons); a name that overlaps a figure stays plain. Joining the segments gives
 * back the quote exactly.
 */
export function markQuote(
	text: string,
	figures: FigureMark[] = [],
	mentions: QuoteMention[] = []
): QuoteSegment[] {
	const out: QuoteSegment[] = [];
	let offset = 0;
	for (const segment of markFigures(text, figures)) {
		const start = offset;
		const end = start + segment.text.length;
		offset = end;
		if (segment.place) {
			out.push({ text: segment.text, place: segment.place, start });
			continue;
		}
		let at = start;
		for (const m of mentions.filter((m) => m.start >= start && m.end <= end)) {
			if (m.start < at) continue;
			if (m.start > at) out.push({ text: text.slice(at, m.start), start: at });
			out.push({ text: text.slice(m.start, m.end), targets: m.targets, start: m.start });
			at = m.end;
		}
		if (at < end) out.push({ text: text.slice(at, end), start: at });
	}
	return out;
}
