/**
 * The content pipeline: from the damaged raw text of the report to the typed `Report`.
 *
 * 1. `applyFixes`: restore the garbled spots by hand (`fixes.ts`), each exactly once.
 * 2. `removePinyinReadings`: drop the parenthesised pinyin after characters.
 * 3. `toSimplified`: traditional (Taiwan forms) to mainland simplified, with OpenCC.
 * 4. `assertClean`: fail loudly on any `?`, pinyin or mojibake left over.
 * 5. `restorePunctuation` (`punctuation.ts`): `，：；（）！？` back from the half-width fold.
 * 6. `parseReport`: lines to title, parts, sections, paragraphs, targets and glossary.
 *
 * Why punctuation comes last of the text steps: the fixes' `garbled` strings are the raw bytes,
 * half-width marks included (`?!皾£`, `?;久`), so they must match before anything changes a mark;
 * the pinyin readings sit in half-width brackets after Han characters (`區(qū)`), which the
 * bracket rule would otherwise widen; and a `?` left by a lost byte must be caught by
 * `assertClean` as damage, not turned into a `？`. Widening after OpenCC also means the rule sees
 * the text exactly as published. The parser reads both widths, and paragraph ids are made from
 * Han characters, letters and digits only, so they do not change (a test compares them).
 *
 * Pure functions only; `scripts/content/build-report.mjs` does the file work. Build-time code:
 * pages import `report.ts`, never this module (OpenCC's dictionaries are large).
 */
import { Converter } from 'opencc-js';
import { FIXES, type Fix } from './fixes';
import { glossaryId, paragraphIds } from './ids';
import { restorePunctuation } from './punctuation';
import type { GlossaryEntry, Paragraph, PartNumber, Report, Section } from './types';

/** Vowels with tone marks, ü and the rare syllabic nasals, as they occur in pinyin readings. */
const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ';
const SYLLABLE = `[${PINYIN_LETTERS}]+`;
/** A reading: lower-case pinyin syllables in half- or full-width parentheses, e.g. `(qū)`. */
const PINYIN_READING = `[(（]${SYLLABLE}(?: ${SYLLABLE})*[)）]`;

/** Removes every parenthesised pinyin reading; parentheses holding anything else are kept. */
export function removePinyinReadings(text: string): string {
	return text.replace(new RegExp(PINYIN_READING, 'gu'), '');
}

function countOccurrences(text: string, part: string): number {
	let count = 0;
	for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) count++;
	return count;
}

/** Applies each fix in turn; throws, naming the fix, unless its `garbled` text occurs exactly once. */
export function applyFixes(text: string, fixes: readonly Fix[] = FIXES): string {
	let out = text;
	for (const fix of fixes) {
		const n = countOccurrences(out, fix.garbled);
		if (n !== 1) {
			throw new Error(
				`Fix "${fix.garbled}" → "${fix.restored}" must match the raw text exactly once, but matches ${n} times`
			);
		}
		out = out.replace(fix.garbled, () => fix.restored);
	}
	return out;
}

let converter: ((text: string) => string) | null = null;
let recheck: ((text: string) => string) | null = null;

/**
 * Traditional to mainland simplified Chinese. The source uses Taiwan forms (眾, 啟), so OpenCC
 * reads it as `tw`: with plain `t`, 著力 would stay 著力 instead of the printed 着力.
 */
export function toSimplified(text: string): string {
	converter ??= Converter({ from: 'tw', to: 'cn' });
	return converter(text);
}

/**
 * The check that no traditional character is left: plain OpenCC `t` → `cn` must change nothing.
 * (Not `tw` again: it also maps 著 to 着 one character at a time, right for Taiwan text but wrong
 * for simplified text, where 显著 keeps 著.)
 */
export function isSimplified(text: string): boolean {
	recheck ??= Converter({ from: 't', to: 'cn' });
	return recheck(text) === text;
}

/** Leftovers that prove the text is still damaged, with what each one means. */
const LEFTOVERS: readonly [RegExp, string][] = [
	[/[?？]/u, 'a question mark (a lost byte of a garbled spot)'],
	[new RegExp(PINYIN_READING, 'u'), 'a pinyin reading'],
	[new RegExp(`[${PINYIN_LETTERS}]+[)）]`, 'u'), 'the end of a pinyin reading'],
	[/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u, 'a letter with a tone mark'],
	[/[£€θ\uFFFD]/u, 'a character typical of misread bytes']
];

/** Throws, showing where, if the cleaned text still holds damage. */
export function assertClean(text: string): void {
	for (const [pattern, what] of LEFTOVERS) {
		const m = pattern.exec(text);
		if (m) {
			const at = m.index;
			const context = text.slice(Math.max(0, at - 12), at + m[0].length + 12);
			throw new Error(`Cleaned report still has ${what}: "${m[0]}" in "…${context}…"`);
		}
	}
	if (!isSimplified(text)) {
		throw new Error('Cleaned report still changes when converted from traditional Chinese again');
	}
}

/**
 * Steps 1–4: the full report text, repaired, in simplified Chinese, with the punctuation still
 * folded to half-width as in the raw file.
 */
export function repairText(raw: string, fixes: readonly Fix[] = FIXES): string {
	const text = toSimplified(removePinyinReadings(applyFixes(raw, fixes)));
	assertClean(text);
	return text;
}

/** Steps 1–5: the full report text as printed, in simplified Chinese with its full-width marks. */
export function cleanText(raw: string, fixes: readonly Fix[] = FIXES): string {
	return restorePunctuation(repairText(raw, fixes));
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Longest lead phrase, in characters including its `。`. */
export const MAX_LEAD_LENGTH = 16;

/**
 * The lead phrase of a paragraph inside a section: its first sentence, up to and including the
 * first `。`, when that sentence is at most `MAX_LEAD_LENGTH` characters and has no comma,
 * semicolon or colon (so it is a heading-like phrase such as `高新产业蓄势崛起。`).
 */
export function leadPhrase(text: string): string | null {
	const end = text.indexOf('。');
	if (end === -1) return null;
	const sentence = text.slice(0, end + 1);
	if ([...sentence].length > MAX_LEAD_LENGTH || /[,，;；:：、]/u.test(sentence)) return null;
	return sentence;
}

/** The 2024 targets: the items of the paragraph `…主要预期目标是：A；B；…；G。`, or null. */
export function parseTargets(text: string): string[] | null {
	const m = /主要预期目标是[:：](.+)。$/u.exec(text);
	if (!m) return null;
	return m[1].split(/[;；]/u).map((t) => t.trim());
}

const PART_HEADING = /^([一二])、(.+)$/u;
const SECTION_HEADING = /^[(（]([一二三四五六七八九十])[)）](.+)$/u;
const GLOSSARY_HEADING = /^名\s*词\s*解\s*释$/u;
const GLOSSARY_ENTRY = /^(\d+)\.([^:：]+)[:：](.+)$/u;
/** Closing paragraphs (to the deputies) end the last section of a part. */
const CLOSING = /^各位代表/u;

/** Step 6: the structure of the cleaned text. Throws on any line it cannot place. */
export function parseReport(text: string): Report {
	const lines = text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l.length > 0);
	const [headline, title, meeting, speaker, greeting] = lines;
	if (!meeting?.startsWith('——'))
		throw new Error(`Line 3 should be the meeting line: "${meeting}"`);
	if (!/[:：]$/u.test(greeting ?? ''))
		throw new Error(`Line 5 should be the greeting: "${greeting}"`);

	const parts: Report['parts'] = [];
	const sections: Section[] = [];
	const drafts: Omit<Paragraph, 'id'>[] = [];
	const glossaryLines: string[] = [];
	let glossaryHeading: string | null = null;
	let part: PartNumber = 0;
	let section: Section | null = null;

	for (const line of lines.slice(5)) {
		if (glossaryHeading !== null) {
			glossaryLines.push(line);
			continue;
		}
		if (GLOSSARY_HEADING.test(line)) {
			glossaryHeading = line;
			section = null;
			continue;
		}
		const partMatch = PART_HEADING.exec(line);
		if (partMatch) {
			part = (NUMERALS.indexOf(partMatch[1]) + 1) as 1 | 2;
			parts.push({ part, heading: line });
			section = null;
			continue;
		}
		const sectionMatch = SECTION_HEADING.exec(line);
		if (sectionMatch) {
			if (part === 0) throw new Error(`Section before any part: "${line}"`);
			section = {
				id: `s${part}-${NUMERALS.indexOf(sectionMatch[1]) + 1}`,
				part,
				heading: line,
				paragraphIds: []
			};
			sections.push(section);
			continue;
		}
		if (CLOSING.test(line)) section = null;
		drafts.push({
			part,
			sectionId: section?.id ?? null,
			lead: section ? leadPhrase(line) : null,
			text: line
		});
	}

	const ids = paragraphIds(drafts);
	const paragraphs: Paragraph[] = drafts.map((d, i) => ({ id: ids[i], ...d }));
	for (const p of paragraphs) {
		if (p.sectionId) sections.find((s) => s.id === p.sectionId)?.paragraphIds.push(p.id);
	}

	if (glossaryHeading === null) throw new Error('The glossary heading (名词解释) is missing');
	const targets = paragraphs.map((p) => parseTargets(p.text)).find((t) => t !== null);
	if (!targets) throw new Error('No paragraph lists the main targets (主要预期目标是：…)');

	const glossary: GlossaryEntry[] = glossaryLines.map((line, i) => {
		const m = GLOSSARY_ENTRY.exec(line);
		if (!m) throw new Error(`Glossary line ${i + 1} is not "N.term:definition": "${line}"`);
		const n = Number(m[1]);
		if (n !== i + 1) throw new Error(`Glossary entry ${i + 1} is numbered ${n}`);
		return { id: glossaryId(m[2]), n, term: m[2], definition: m[3] };
	});
	if (new Set(glossary.map((g) => g.id)).size !== glossary.length) {
		throw new Error('Two glossary terms have the same id');
	}

	return {
		headline,
		title,
		meeting,
		speaker,
		greeting,
		parts,
		sections,
		paragraphs,
		targets,
		glossaryHeading,
		glossary
	};
}

/** The whole pipeline: raw text in, structured report out. */
export function buildReport(raw: string, fixes: readonly Fix[] = FIXES): Report {
	return parseReport(cleanText(raw, fixes));
}

/** The generated file's exact contents: tab-indented JSON with a final newline. */
export function serializeReport(report: Report): string {
	return `${JSON.stringify(report, null, '\t')}\n`;
}
