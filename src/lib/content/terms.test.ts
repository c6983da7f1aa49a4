import { describe, expect, it } from 'vitest';
import { buildReport } from './pipeline';
import { findTerms, firstOccurrences, segmentText, TERM_ALIASES, withQuotes } from './terms';
import { RAW } from '../../../tests/helpers/content';
import type { GlossaryEntry } from './types';

const report = buildReport(RAW);
const entry = (id: string, term: string): GlossaryEntry => ({ id, n: 1, term, definition: '' });

describe('findTerms', () => {
	const glossary = [entry('g-liang-hu', '两湖'), entry('g-san-bao', '三保')];

	it('finds each occurrence with its position and glossary id', () => {
		const text = '“两湖”新春焰火；兜牢“三保”底线，“两湖”周边';
		const found = findTerms(text, glossary);
		expect(found.map((o) => text.slice(o.start, o.end))).toEqual(['两湖', '三保', '两湖']);
		expect(found.map((o) => o.glossaryId)).toEqual(['g-liang-hu', 'g-san-bao', 'g-liang-hu']);
	});

	it('prefers the longest spelling where two overlap', () => {
		const g = [entry('g-short', '工程'), entry('g-long', '“照亮”工程')];
		expect(findTerms('背街小巷“照亮”工程', g)).toEqual([
			{ start: 4, end: 10, glossaryId: 'g-long' }
		]);
	});

	it('finds a term under its alias', () => {
		const text = '力争引进1—2个“5020”项目';
		const found = findTerms(text, report.glossary);
		expect(found).toHaveLength(1);
		expect(found[0].glossaryId).toBe('g-5020-chan-ye-xiang-mu');
		expect(text.slice(found[0].start, found[0].end)).toBe('“5020”项目');
	});

	it('needs each alias: the printed term does not occur where the alias does', () => {
		const all = report.paragraphs.map((p) => p.text).join('\n');
		for (const [id, aliases] of Object.entries(TERM_ALIASES)) {
			const term = report.glossary.find((g) => g.id === id);
			expect(term, id).toBeDefined();
			expect(all).not.toContain(term!.term);
			for (const alias of aliases) expect(all).toContain(alias);
		}
	});

	it('finds every one of the 24 glossary terms in at least one paragraph', () => {
		const found = new Set(
			report.paragraphs.flatMap((p) => findTerms(p.text, report.glossary).map((o) => o.glossaryId))
		);
		expect(report.glossary.filter((g) => !found.has(g.id)).map((g) => g.term)).toEqual([]);
	});
});

describe('firstOccurrences', () => {
	it('keeps the first occurrence of each term', () => {
		const o = (start: number, glossaryId: string) => ({ start, end: start + 1, glossaryId });
		expect(firstOccurrences([o(0, 'a'), o(2, 'b'), o(4, 'a')])).toEqual([o(0, 'a'), o(2, 'b')]);
	});
});

describe('withQuotes', () => {
	it('takes in the quotes around a term, and only a full pair', () => {
		const text = '“两湖”与“三保底线';
		const found = findTerms(text, [entry('g-liang-hu', '两湖'), entry('g-san-bao', '三保')]);
		expect(withQuotes(text, found).map((o) => text.slice(o.start, o.end))).toEqual([
			'“两湖”',
			'三保'
		]);
	});
});

describe('segmentText', () => {
	it('splits at the lead and around terms, covering the whole text', () => {
		const text = '织密保障网络。兜牢“三保”底线。';
		const segments = segmentText(text, 7, [{ start: 10, end: 12, glossaryId: 'g-san-bao' }]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments).toEqual([
			{ text: '织密保障网络。', lead: true, glossaryId: null, start: 0 },
			{ text: '兜牢“', lead: false, glossaryId: null, start: 7 },
			{ text: '三保', lead: false, glossaryId: 'g-san-bao', start: 10 },
			{ text: '”底线。', lead: false, glossaryId: null, start: 12 }
		]);
	});

	it('leaves unmarked a term that straddles the end of the lead', () => {
		const segments = segmentText('甲乙丙丁', 2, [{ start: 1, end: 3, glossaryId: 'g-x' }]);
		expect(segments.every((s) => s.glossaryId === null)).toBe(true);
		expect(segments.map((s) => s.text)).toEqual(['甲乙', '丙丁']);
	});
});
