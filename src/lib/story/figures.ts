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
