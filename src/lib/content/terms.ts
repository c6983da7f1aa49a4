/**
 * Finding the glossary (名词解释) terms inside the report's paragraphs, so a page can explain a
 * term where it is used. Pure functions, no dependencies: safe to ship to the browser.
 */
import type { GlossaryEntry } from './types';

/**
 * Other spellings under which a glossary term occurs in the paragraphs, by glossary id. Only
 * needed where the printed term is not itself a substring of the text that uses it.
 */
export const TERM_ALIASES: Readonly<Record<string, readonly string[]>> = {
	// The glossary prints “5020”产业项目; the plan (part 二, section (二)) says 1—2个“5020”项目.
	'g-5020-chan-ye-xiang-mu': ['“5020”项目']
};

export interface TermOccurrence {
	/** Index of the first character (UTF-16 code unit, as for `String.prototype.slice`). */
	start: number;
	/** Index just past the last character. */
	end: number;
	/** Id of the glossary entry. */
	glossaryId: string;
}

/** Every spelling to look for, longest first so that a longer spelling wins over a shorter one. */
function spellings(glossary: readonly GlossaryEntry[]): { form: string; glossaryId: string }[] {
	return glossary
		.flatMap((entry) =>
			[entry.term, ...(TERM_ALIASES[entry.id] ?? [])].map((form) => ({
				form,
				glossaryId: entry.id
			}))
		)
		.filter((s) => s.form.length > 0)
		.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

/**
 * The occurrences of glossary terms (or their aliases) in `text`, in order, never overlapping:
 * scanning from the left, at each position the longest spelling that matches is taken.
 */
export function findTerms(text: string, glossary: readonly GlossaryEntry[]): TermOccurrence[] {
	const forms = spellings(glossary);
	const found: TermOccurrence[] = [];
	let i = 0;
	while (i < text.length) {
		const hit = forms.find((s) => text.startsWith(s.form, i));
		if (hit) {
			found.push({ start: i, end: i + hit.form.length, glossaryId: hit.glossaryId });
			i += hit.form.length;
		} else {
			i += 1;
		}
	}
	return found;
}

/** Only the first occurrence of each term: enough to explain it without marking every repeat. */
export function firstOccurrences(occurrences: readonly TermOccurrence[]): TermOccurrence[] {
	const seen = new Set<string>();
	return occurrences.filter((o) => !seen.has(o.glossaryId) && seen.add(o.glossaryId));
}

/**
 * Widens each occurrence that sits right inside a pair of quotes (`“两湖”`) to include them.
 * A marked term is an unbreakable box, so this keeps an opening quote from being left alone at
 * the end of a line.
 */
export function withQuotes(text: string, occurrences: readonly TermOccurrence[]): TermOccurrence[] {
	return occurrences.map((o) =>
		text[o.start - 1] === '“' && text[o.end] === '”'
			? { ...o, start: o.start - 1, end: o.end + 1 }
			: o
	);
}

export interface TextSegment {
	text: string;
	/** True inside the paragraph's lead phrase. */
	lead: boolean;
	/** Set when the segment is a glossary term. */
	glossaryId: string | null;
	/** Start of the segment in the paragraph text, handy as a stable key. */
	start: number;
}

/**
 * Cuts a paragraph into runs of plain text and glossary terms, split at the end of the lead
 * phrase (`leadLength` characters, 0 for none). A term that would straddle the end of the lead
 * is left unmarked.
 */
export function segmentText(
	text: string,
	leadLength: number,
	occurrences: readonly TermOccurrence[]
): TextSegment[] {
	const terms = occurrences.filter((o) => !(o.start < leadLength && o.end > leadLength));
	const cuts = new Set<number>([0, text.length, leadLength]);
	for (const o of terms) {
		cuts.add(o.start);
		cuts.add(o.end);
	}
	const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
	const segments: TextSegment[] = [];
	for (let k = 0; k < points.length - 1; k++) {
		const start = points[k];
		const end = points[k + 1];
		if (end === start) continue;
		const term = terms.find((o) => o.start === start && o.end === end);
		segments.push({
			text: text.slice(start, end),
			lead: start < leadLength,
			glossaryId: term ? term.glossaryId : null,
			start
		});
	}
	return segments;
}
