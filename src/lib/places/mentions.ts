/**
 * Finding the places in the report's words: each mention of a place (its name or an alias, as
 * the report writes it) and each figure of a place tied to a paragraph. Pure functions over the
 * places data, safe to ship to the browser; the coverage test and the report page share them,
 * so the page links exactly the mentions the test checks.
 */
import type { Place } from './schema';

/** What the finders need to know of a place. */
export type MentionTarget = Pick<Place, 'id'> & {
	properties: Pick<Place['properties'], 'aliases' | 'figures'>;
};

export interface Mention {
	/** Index of the first character (UTF-16 code unit, as for `String.prototype.slice`). */
	start: number;
	/** Index just past the last character. */
	end: number;
	/** The places written this way; more than one for a shared name such as 两湖. */
	slugs: string[];
	/** Set when the marked characters are a figure of the (single) place. */
	figure: string | null;
}

/** Every alias with the places that use it, longest first so a longer name wins. */
function forms(places: readonly MentionTarget[]): { form: string; slugs: string[] }[] {
	const bySpelling = new Map<string, string[]>();
	for (const place of places) {
		for (const alias of place.properties.aliases) {
			const slugs = bySpelling.get(alias) ?? [];
			if (!slugs.includes(place.id)) slugs.push(place.id);
			bySpelling.set(alias, slugs);
		}
	}
	return [...bySpelling]
		.map(([form, slugs]) => ({ form, slugs }))
		.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

/**
 * The mentions of places in `text`, in order, never overlapping: scanning from the left, at
 * each position the longest alias that matches is taken. So 浔阳楼社区 is the community, not the
 * tower 浔阳楼, and 琵琶湖农产品批发市场 is the market, not the lake.
 */
export function findMentions(text: string, places: readonly MentionTarget[]): Mention[] {
	const spellings = forms(places);
	const found: Mention[] = [];
	let i = 0;
	while (i < text.length) {
		const hit = spellings.find((s) => text.startsWith(s.form, i));
		if (hit) {
			found.push({ start: i, end: i + hit.form.length, slugs: hit.slugs, figure: null });
			i += hit.form.length;
		} else {
			i += 1;
		}
	}
	return found;
}

const isDigit = (c: string | undefined) => c !== undefined && /[0-9.]/u.test(c);

/**
 * Where a number stands in `text` as a whole number (not inside 150 when looking for 50):
 * first as the value followed by its unit, else the value alone; null when it is not there.
 */
export function locateFigure(text: string, value: number, unit: string): [number, number] | null {
	const digits = String(value);
	for (const form of unit ? [digits + unit, digits] : [digits]) {
		let from = 0;
		for (;;) {
			const at = text.indexOf(form, from);
			if (at < 0) break;
			const before = text[at - 1];
			const after = text[at + digits.length];
			if (!isDigit(before) && !(form === digits && isDigit(after))) {
				return [at, at + form.length];
			}
			from = at + 1;
		}
	}
	return null;
}

/** The figures of places that belong to paragraph `id`, located in its text. */
export function findFigures(id: string, text: string, places: readonly MentionTarget[]): Mention[] {
	const found: Mention[] = [];
	for (const place of places) {
		for (const figure of place.properties.figures) {
			if (figure.paragraph !== id) continue;
			const at = locateFigure(text, figure.value, figure.unit);
			if (at) found.push({ start: at[0], end: at[1], slugs: [place.id], figure: figure.label });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * Mentions and figures of one paragraph together, in order and never overlapping (a mention
 * wins over a figure that overlaps it).
 */
export function placeMarks(id: string, text: string, places: readonly MentionTarget[]): Mention[] {
	const mentions = findMentions(text, places);
	const figures = findFigures(id, text, places).filter(
		(f) => !mentions.some((m) => m.start < f.end && f.start < m.end)
	);
	const marks = [...mentions, ...figures].sort((a, b) => a.start - b.start);
	return marks.filter((m, k) => k === 0 || marks[k - 1].end <= m.start);
}

export interface MarkedSegment {
	text: string;
	start: number;
	/** True inside the paragraph's lead phrase. */
	lead: boolean;
	/** Set when the segment is a glossary term. */
	glossaryId: string | null;
	/** Set when the segment is a mention or a figure of a place. */
	mark: Mention | null;
}

/**
 * Cuts already-segmented text (lead phrase, glossary terms) further at the place marks. A mark
 * that overlaps a glossary term, or crosses the end of a segment, is left out: the term's own
 * definition names the places (两湖: 即甘棠湖、南门湖).
 */
export function splitAtMarks(
	segments: readonly { text: string; start: number; lead: boolean; glossaryId: string | null }[],
	marks: readonly Mention[]
): MarkedSegment[] {
	const out: MarkedSegment[] = [];
	for (const seg of segments) {
		const end = seg.start + seg.text.length;
		const inside = seg.glossaryId ? [] : marks.filter((m) => m.start >= seg.start && m.end <= end);
		let at = seg.start;
		const push = (from: number, to: number, mark: Mention | null) => {
			if (to > from) {
				out.push({
					text: seg.text.slice(from - seg.start, to - seg.start),
					start: from,
					lead: seg.lead,
					glossaryId: seg.glossaryId,
					mark
				});
			}
		};
		for (const m of inside) {
			push(at, m.start, null);
			push(m.start, m.end, m);
			at = m.end;
		}
		push(at, end, null);
	}
	return out;
}
