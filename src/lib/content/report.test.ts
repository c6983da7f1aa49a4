import { describe, expect, it } from 'vitest';
import { buildReport, serializeReport } from './pipeline';
import { getParagraph, glossary, paragraphs, readingOrder, report } from './report';
import { GENERATED_JSON, RAW } from '../../../tests/helpers/content';

describe('generated/report.json', () => {
	it('equals a fresh pipeline run (else: node scripts/content/build-report.mjs)', () => {
		expect(GENERATED_JSON).toBe(serializeReport(buildReport(RAW)));
	});
});

describe('report', () => {
	it('exports the paragraphs and the glossary', () => {
		expect(paragraphs).toHaveLength(52);
		expect(glossary).toHaveLength(24);
		expect(report.title).toBe('浔阳区人民政府工作报告');
	});

	it('looks a paragraph up by id', () => {
		expect(getParagraph('p-gao-xin-chan-ye-xu-shi-jue-qi')?.lead).toBe('高新产业蓄势崛起。');
		expect(getParagraph('p-no-such-paragraph')).toBeUndefined();
	});
});

describe('readingOrder', () => {
	const blocks = readingOrder(report);

	it('holds every paragraph once, in order', () => {
		const ids = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph.id] : []));
		expect(ids).toEqual(paragraphs.map((p) => p.id));
	});

	it('puts each part and section heading once, before its first paragraph', () => {
		const headings = blocks.flatMap((b) =>
			b.kind === 'part' ? [b.heading] : b.kind === 'section' ? [b.section.id] : []
		);
		expect(headings).toEqual([
			'一、2023年工作情况',
			's1-1',
			's1-2',
			's1-3',
			's1-4',
			's1-5',
			'二、2024年工作安排',
			's2-1',
			's2-2',
			's2-3',
			's2-4',
			's2-5'
		]);
		const first = blocks.findIndex((b) => b.kind === 'section');
		const next = blocks[first + 1];
		expect(next.kind === 'paragraph' && next.paragraph.sectionId).toBe('s1-1');
	});
});
