import { describe, expect, it } from 'vitest';
import { findFigures, findMentions, locateFigure, placeMarks, splitAtMarks } from './mentions';

const place = (
	id: string,
	aliases: string[],
	figures: [string, number, string, string][] = []
) => ({
	id,
	properties: {
		aliases,
		figures: figures.map(([label, value, unit, paragraph]) => ({
			label,
			value,
			unit,
			paragraph,
			url: null
		}))
	}
});

const tower = place('xunyang-tower', ['浔阳楼']);
const community = place('xunyanglou-community', ['浔阳楼社区']);
const street = place('gantang-subdistrict', ['甘棠街道']);
const gantang = place('gantang-lake', ['甘棠湖', '两湖']);
const nanmen = place('nanmen-lake', ['南门湖', '两湖']);

describe('findMentions', () => {
	it('takes the longest name at each position, so a community is not its namesake tower', () => {
		const text = '甘棠街道浔阳楼社区荣获五星;浔阳楼获评优秀案例';
		const found = findMentions(text, [tower, community, street]);
		expect(found.map((m) => [text.slice(m.start, m.end), m.slugs])).toEqual([
			['甘棠街道', ['gantang-subdistrict']],
			['浔阳楼社区', ['xunyanglou-community']],
			['浔阳楼', ['xunyang-tower']]
		]);
	});

	it('gives a shared name to every place that uses it', () => {
		const [m] = findMentions('“两湖”新春焰火', [gantang, nanmen]);
		expect(m).toMatchObject({ start: 1, end: 3, slugs: ['gantang-lake', 'nanmen-lake'] });
	});
});

describe('figures', () => {
	it('finds a number only as a whole number, with its unit when it follows', () => {
		const text = '年产150万吨芳烃;齐鑫化工5万吨乙酸仲丁酯';
		expect(locateFigure(text, 5, '万吨')).toEqual([14, 17]);
		expect(locateFigure(text, 50, '万吨')).toBeNull();
		expect(locateFigure('投入1.2亿元启动', 1.2, '亿元')).toEqual([2, 7]);
		expect(locateFigure('投入1.25亿元', 1.2, '亿元')).toBeNull();
	});

	it('marks only the figures tied to this paragraph', () => {
		const qixin = place('qixin', ['齐鑫化工'], [['产能', 5, '万吨', 'p-a']]);
		expect(findFigures('p-a', '齐鑫化工5万吨', [qixin])).toEqual([
			{ start: 4, end: 7, slugs: ['qixin'], figure: '产能' }
		]);
		expect(findFigures('p-b', '齐鑫化工5万吨', [qixin])).toEqual([]);
	});

	it('keeps mentions and figures apart and in order', () => {
		const qixin = place('qixin', ['齐鑫化工'], [['产能', 5, '万吨', 'p-a']]);
		const marks = placeMarks('p-a', '支持齐鑫化工5万吨项目', [qixin]);
		expect(marks.map((m) => [m.start, m.end, m.figure])).toEqual([
			[2, 6, null],
			[6, 9, '产能']
		]);
	});
});

describe('splitAtMarks', () => {
	it('cuts plain text at the marks and leaves glossary terms whole', () => {
		const text = '“两湖”周边;浔阳楼';
		const segments = [
			{ text: '“两湖”', start: 0, lead: false, glossaryId: 'g-liang-hu' },
			{ text: '周边;浔阳楼', start: 4, lead: false, glossaryId: null }
		];
		const marks = findMentions(text, [gantang, nanmen, tower]);
		const out = splitAtMarks(segments, marks);
		expect(out.map((s) => s.text).join('')).toBe(text);
		expect(out.map((s) => [s.text, s.glossaryId, s.mark?.slugs ?? null])).toEqual([
			['“两湖”', 'g-liang-hu', null],
			['周边;', null, null],
			['浔阳楼', null, ['xunyang-tower']]
		]);
	});
});
