import { describe, expect, it } from 'vitest';
import {
	glossaryId,
	MAX_SLUG_LENGTH,
	opening,
	paragraphIds,
	PINYIN_OVERRIDES,
	pinyinWords,
	shortHash,
	slugify
} from './ids';
import { buildReport, parseReport, repairText } from './pipeline';
import { RAW } from '../../../tests/helpers/content';

const report = buildReport(RAW);
const idsByText = (r: typeof report) => new Map(r.paragraphs.map((p) => [p.text, p.id]));

/** Replaces one exact, unique piece of the raw text; fails the test if it is not unique. */
function editRaw(from: string, to: string): string {
	expect(RAW.split(from)).toHaveLength(2);
	return RAW.replace(from, to);
}

describe('slugify', () => {
	it('spells toneless pinyin in kebab case', () => {
		expect(slugify('高新产业蓄势崛起。')).toBe('gao-xin-chan-ye-xu-shi-jue-qi');
		expect(slugify('“5020”产业项目')).toBe('5020-chan-ye-xiang-mu');
		expect(slugify('绿色工厂')).toBe('lv-se-gong-chang');
		expect(slugify('KPL')).toBe('kpl');
	});

	it('stays within the length limit, cutting between words', () => {
		const slug = slugify('一保持、两实现、三提升一保持、两实现、三提升');
		expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
		expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it.each(Object.entries(PINYIN_OVERRIDES))('reads %s as %s', (word, reading) => {
		expect(pinyinWords(`在${word}中`)).toEqual(['zai', ...reading.split(' '), 'zhong']);
	});
});

describe('opening', () => {
	it('takes the first characters, skipping punctuation', () => {
		expect(opening('这一年，浔阳经济稳中求进。')).toBe('这一年浔阳经济稳');
		expect(opening('这一年,浔阳经济稳中求进。')).toBe('这一年浔阳经济稳');
		expect(opening('“两湖”综合', 3)).toBe('两湖综');
	});
});

describe('paragraphIds', () => {
	it('names a paragraph by its lead phrase, or else by its opening', () => {
		expect(
			paragraphIds([{ text: '高新产业蓄势崛起。中铁九桥…', lead: '高新产业蓄势崛起。' }])
		).toEqual(['p-gao-xin-chan-ye-xu-shi-jue-qi']);
		expect(paragraphIds([{ text: '这一年，浔阳经济稳中求进。预计…', lead: null }])).toEqual([
			'p-zhe-yi-nian-xun-yang-jing-ji-wen'
		]);
	});

	it('tells clashing openings apart by the words that follow, not by position', () => {
		const a = { text: '各位代表同志们大家好今天开会', lead: null };
		const b = { text: '各位代表同志们大家好明天放假', lead: null };
		const ids = paragraphIds([a, b]);
		expect(ids[0]).toBe('p-ge-wei-dai-biao-tong-zhi-men-da-jhj');
		expect(ids[1]).toBe('p-ge-wei-dai-biao-tong-zhi-men-da-jhm');
		expect(paragraphIds([b, a])).toEqual([ids[1], ids[0]]);
	});

	it('falls back to a hash of the text when the words do not tell them apart', () => {
		const ids = paragraphIds([
			{ text: '各位代表同志们大家好。', lead: null },
			{ text: '各位代表同志们大家好！', lead: null }
		]);
		expect(ids[0]).toBe(`p-ge-wei-dai-biao-tong-zhi-men-da-${shortHash('各位代表同志们大家好。')}`);
		expect(new Set(ids).size).toBe(2);
	});

	it('refuses two identical paragraphs', () => {
		const same = { text: '完全相同的段落。', lead: null };
		expect(() => paragraphIds([same, same])).toThrow(/same text/);
	});
});

describe('paragraph ids of the report', () => {
	it('are unique, readable and short', () => {
		const ids = report.paragraphs.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) {
			expect(id).toMatch(/^p-[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(id.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH + 2);
		}
	});

	it('are the same on a second run', () => {
		expect(buildReport(RAW).paragraphs.map((p) => p.id)).toEqual(
			report.paragraphs.map((p) => p.id)
		);
	});

	it('do not change when another paragraph is edited', () => {
		const edited = buildReport(
			editRaw(
				'一年來,工作主要體現(xiàn)在五個方面:',
				'一年來,我們的工作主要體現(xiàn)在以下五個方面:'
			)
		);
		const before = idsByText(report);
		const changed = edited.paragraphs.filter((p) => before.get(p.text) !== p.id);
		expect(changed.map((p) => p.text)).toEqual(['一年来，我们的工作主要体现在以下五个方面：']);
	});

	it('do not change when a paragraph is removed or the order changes', () => {
		const lines = RAW.split('\n');
		const at = lines.findIndex((l) => l.startsWith('這一年,潯陽產(chǎn)業(yè)固本興新。'));
		expect(at).toBeGreaterThan(0);
		const removed = buildReport([...lines.slice(0, at), ...lines.slice(at + 1)].join('\n'));
		const swapped = [...lines];
		[swapped[at], swapped[at + 1]] = [swapped[at + 1], swapped[at]];
		const reordered = buildReport(swapped.join('\n'));
		const before = idsByText(report);

		expect(removed.paragraphs).toHaveLength(report.paragraphs.length - 1);
		expect(removed.paragraphs.every((p) => before.get(p.text) === p.id)).toBe(true);
		expect(reordered.paragraphs.every((p) => before.get(p.text) === p.id)).toBe(true);
	});

	it('are the same with the half-width punctuation of the raw file and with the restored one', () => {
		const folded = parseReport(repairText(RAW));
		const shape = (r: typeof report) => ({
			paragraphs: r.paragraphs.map((p) => [p.id, p.sectionId, p.lead]),
			sections: r.sections.map((s) => [s.id, s.paragraphIds]),
			glossary: r.glossary.map((g) => g.id)
		});
		// The restoration did change the text the ids are made from…
		expect(folded.paragraphs.filter((p, i) => p.text !== report.paragraphs[i].text)).toHaveLength(
			report.paragraphs.filter((p) => /[，：；（）！？]/u.test(p.text)).length
		);
		// …but not a single id, section membership or lead phrase.
		expect(shape(report)).toEqual(shape(folded));
	});

	it('keep a paragraph’s id when its text after the opening is edited', () => {
		const edited = buildReport(editRaw('國能九江發(fā)電獲5G綻放杯全國大賽優(yōu)秀獎。', ''));
		const p = edited.paragraphs.find((x) => x.lead === '高新产业蓄势崛起。');
		expect(p?.id).toBe('p-gao-xin-chan-ye-xu-shi-jue-qi');
		expect(p?.text).not.toContain('5G绽放杯');
	});
});

describe('glossaryId', () => {
	it('is g- plus the pinyin of the term', () => {
		expect(glossaryId('“照亮”工程')).toBe('g-zhao-liang-gong-cheng');
		expect(glossaryId('三重一大')).toBe('g-san-zhong-yi-da');
		expect(report.glossary.map((g) => g.id)).toContain('g-5-2-jiu-ye-zhi-jia');
	});
});
