/**
 * The structured 2024 work report, as produced by `npm run content` from the raw source.
 * These types are the contract between the content pipeline and every page that quotes it.
 */

/** 0: title, greeting and opening; 1: part 一 (2023 work); 2: part 二 (2024 plan). */
export type PartNumber = 0 | 1 | 2;

export interface Paragraph {
	/** Stable id, derived from the paragraph's own opening words, never from its position. */
	id: string;
	part: PartNumber;
	/** Id of the (一)…(五) section the paragraph belongs to, or null outside a section. */
	sectionId: string | null;
	/** The lead phrase that opens the paragraph, e.g. `高新产业蓄势崛起。`, or null. */
	lead: string | null;
	/** The whole paragraph, lead phrase included, as printed (punctuation restored, see `punctuation.ts`). */
	text: string;
}

export interface Section {
	id: string;
	part: 1 | 2;
	/** The heading as printed, e.g. `（一）产业发展提质增效` */
	heading: string;
	paragraphIds: string[];
}

export interface GlossaryEntry {
	id: string;
	/** 1-based number as printed. */
	n: number;
	term: string;
	definition: string;
}

export interface Report {
	/** The copy's first line, a web headline: `（江西省）2024年九江市浔阳区人民政府工作报告`. */
	headline?: string;
	title: string;
	meeting: string;
	speaker: string;
	greeting: string;
	parts: { part: 1 | 2; heading: string }[];
	sections: Section[];
	/** Every paragraph in reading order. */
	paragraphs: Paragraph[];
	/** The 2024 main targets, one string per target as printed. */
	targets: string[];
	/** The glossary's heading as printed, letter-spaced: `名 词 解 释`. */
	glossaryHeading?: string;
	glossary: GlossaryEntry[];
}
