/**
 * The 2024 work report as typed data, for every page that shows or quotes it. The JSON is made
 * by `node scripts/content/build-report.mjs` from `source/`; a test fails if it is stale.
 */
import data from './generated/report.json';
import type { GlossaryEntry, Paragraph, Report, Section } from './types';

export { findTerms, firstOccurrences, segmentText, TERM_ALIASES, withQuotes } from './terms';
export type { TermOccurrence, TextSegment } from './terms';
export type { GlossaryEntry, Paragraph, PartNumber, Report, Section } from './types';

export const report: Report = data as Report;

/** Every paragraph, in reading order. */
export const paragraphs: readonly Paragraph[] = report.paragraphs;

/** The 24 entries of 名词解释, in printed order. */
export const glossary: readonly GlossaryEntry[] = report.glossary;

const byId = new Map(paragraphs.map((p) => [p.id, p]));

/** The paragraph with this id, or undefined. */
export function getParagraph(id: string): Paragraph | undefined {
	return byId.get(id);
}

/** One item of the report in reading order: a part heading, a section heading or a paragraph. */
export type ReportBlock =
	| { kind: 'part'; part: 1 | 2; heading: string }
	| { kind: 'section'; section: Section }
	| { kind: 'paragraph'; paragraph: Paragraph };

/**
 * The report's paragraphs in reading order, with a part heading before the first paragraph of
 * each part and a section heading before the first paragraph of each section.
 */
export function readingOrder(r: Report): ReportBlock[] {
	const blocks: ReportBlock[] = [];
	let part = 0;
	let sectionId: string | null = null;
	for (const paragraph of r.paragraphs) {
		if (paragraph.part !== part) {
			part = paragraph.part;
			sectionId = null;
			const heading = r.parts.find((p) => p.part === part);
			if (heading) blocks.push({ kind: 'part', ...heading });
		}
		if (paragraph.sectionId !== sectionId) {
			sectionId = paragraph.sectionId;
			const section = r.sections.find((s) => s.id === sectionId);
			if (section) blocks.push({ kind: 'section', section });
		}
		blocks.push({ kind: 'paragraph', paragraph });
	}
	return blocks;
}
