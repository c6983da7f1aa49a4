import { describe, expect, it } from 'vitest';
import { cleanText, repairText } from './pipeline';
import {
	FULL_WIDTH,
	isChineseNeighbour,
	restorePunctuation,
	restorePunctuationDetailed
} from './punctuation';
import { RAW } from '../../../tests/helpers/content';

/** The report with its damage undone but the punctuation still folded, as the step gets it. */
const folded = repairText(RAW);
const restored = cleanText(RAW);
const detail = restorePunctuationDetailed(folded);

const HALF_WIDTH = Object.fromEntries(Object.entries(FULL_WIDTH).map(([h, f]) => [f, h]));
const fold = (text: string) => text.replace(/[，：；（）！？]/gu, (ch) => HALF_WIDTH[ch]);

/** Number and Latin tokens with the marks inside them: `1,000`, `10:30`, `PM2.5`, `http://a.cn`. */
const TOKENS = /[0-9A-Za-z](?:[0-9A-Za-z.,:;!?%+/\-—]*[0-9A-Za-z%])?/g;
const tokens = (text: string) => text.match(TOKENS) ?? [];

describe('restorePunctuation on the report', () => {
	it.each([
		// Fix 1: the bytes of 省）2 hold A3 A9, the full-width bracket; its partner is widened too.
		['(江西省)2024年九江市浔阳区', '（江西省）2024年九江市浔阳区'],
		['各位代表,同志们:', '各位代表，同志们：'],
		['(一)产业发展提质增效', '（一）产业发展提质增效'],
		['(五)坚持勤廉并重,提升为民服务水平', '（五）坚持勤廉并重，提升为民服务水平'],
		['全省红色物业优秀县(市、区),湖滨小区', '全省红色物业优秀县（市、区），湖滨小区'],
		['街道(乡镇)、社区(村)五级', '街道（乡镇）、社区（村）五级'],
		['大中专院校(技工院校)。', '大中专院校（技工院校）。'],
		['融资成本降低20%,融资时间', '融资成本降低20%，融资时间'],
		['固定资产投资增长35.6%;社会消费品', '固定资产投资增长35.6%；社会消费品'],
		['主要预期目标是:地区生产总值增长5.3%左右;', '主要预期目标是：地区生产总值增长5.3%左右；'],
		['时隔22年,“两湖”新春焰火', '时隔22年，“两湖”新春焰火'],
		['成为“美好家园范本”,入选', '成为“美好家园范本”，入选'],
		['实施意见》,设立1亿元电竞产业', '实施意见》，设立1亿元电竞产业'],
		['西小其等企业入驻,9MALL大厦', '西小其等企业入驻，9MALL大厦'],
		['惠及企业208家;56家企业', '惠及企业208家；56家企业'],
		['“5020”产业项目:“50”指引进项目', '“5020”产业项目：“50”指引进项目'],
		['1.KPL:即王者荣耀职业联赛简称。', '1.KPL：即王者荣耀职业联赛简称。'],
		['20.3290:年度PM2.5平均浓度', '20.3290：年度PM2.5平均浓度'],
		['各位代表!回望过去的一年,', '各位代表！回望过去的一年，'],
		['并致以崇高的敬意!\n', '并致以崇高的敬意！\n']
	])('widens the marks of %j', (before, after) => {
		expect(folded).toContain(before);
		expect(restored).toContain(after);
		expect(restorePunctuation(before)).toBe(after);
	});

	it.each([
		'地区生产总值447.1亿元',
		'年度PM2.5平均浓度小于 32微克/立方米',
		'1—2个“5020”项目',
		'“浔阳江FUN夏派对”',
		'最IN“寻书”城市书房',
		'获5G绽放杯',
		'全力打造“两湖”4A级景区,推进浔阳江景区争创5A级',
		'——2024年1月20日在浔阳区',
		'22.5+2就业之家:“5”即省、市、县'
	])('keeps the numbers and Latin letters of %j', (before) => {
		expect(folded).toContain(before);
		expect(tokens(restorePunctuation(before))).toEqual(tokens(before));
		expect(restored).toContain(restorePunctuation(before));
	});

	it('widens 547 marks and leaves none of the six half-width', () => {
		const count = (ch: string) => detail.widened.filter((i) => folded[i] === ch).length;
		expect(detail.widened).toHaveLength(547);
		expect([',', ':', ';', '(', ')', '!', '?'].map(count)).toEqual([446, 33, 29, 17, 17, 5, 0]);
		expect(detail.kept).toEqual([]);
		expect(restored).not.toMatch(/[,:;()!?]/);
	});

	it('changes nothing but those marks: folding them back gives the input byte for byte', () => {
		expect(restored).toHaveLength(folded.length);
		expect(fold(restored)).toBe(folded);
	});

	it('keeps every number and Latin token of the report, in order', () => {
		const before = tokens(folded);
		expect(before.length).toBeGreaterThan(250);
		expect(tokens(restored)).toEqual(before);
	});

	it('had no full-width mark of its own before the step: the fold was complete', () => {
		expect(folded).not.toMatch(/[，：；（）！？]/u);
	});
});

describe('restorePunctuation: marks inside Chinese text', () => {
	it.each([
		['活动(FUN)开幕', '活动（FUN）开幕'],
		['(5G)网络', '（5G）网络'],
		['建设(4A)', '建设（4A）'],
		['文件(2024)第3号', '文件（2024）第3号'],
		['(1)产业', '（1）产业'],
		['县(市(区))。', '县（市（区））。'],
		['“两湖”(GDP)', '“两湖”（GDP）'],
		['GDP,增长', 'GDP，增长'],
		['增长1,000万元,同比', '增长1,000万元，同比'],
		['会议时间:10:30', '会议时间：10:30'],
		['网址:http://example.cn/a?b=1', '网址：http://example.cn/a?b=1'],
		['“FUN”,“IN”', '“FUN”，“IN”'],
		['好!!', '好！！'],
		['真的吗?!', '真的吗？！'],
		['是吗?', '是吗？'],
		['甲;乙:丙!丁?', '甲；乙：丙！丁？'],
		['第一行,\n第二行', '第一行，\n第二行'],
		['（已是全角）,的', '（已是全角），的'],
		['〔2017〕,其', '〔2017〕，其']
	])('%j → %j', (before, after) => {
		expect(restorePunctuation(before)).toBe(after);
	});
});

describe('restorePunctuation: what it never touches', () => {
	it.each([
		'1,000',
		'1,000,000',
		'10:30',
		'1:2',
		'3.5%',
		'2024.1.20',
		'10-20',
		'PM2.5',
		'5G,4A',
		'f(x)',
		'(5G)',
		'(2024)',
		'http://example.cn/a?b=1,c=2',
		'Hello, world!',
		'KPL: King Pro League',
		'“FUN”'
	])('leaves %j as it is', (text) => {
		expect(restorePunctuation(text)).toBe(text);
		expect(restorePunctuationDetailed(text).widened).toEqual([]);
	});

	it.each([
		['增长1,000万元', '1,000'],
		['上午10:30开会', '10:30'],
		['增长3.5%', '3.5%'],
		['2024.1.20召开', '2024.1.20'],
		['发展5G,4A景区', '5G,4A'],
		['网址http://example.cn/a?b=1,c=2。', 'http://example.cn/a?b=1,c=2']
	])('keeps the token inside Chinese text: %j', (text, token) => {
		expect(restorePunctuation(text)).toContain(token);
	});

	it('leaves an unmatched bracket alone, and never pairs brackets across a line break', () => {
		expect(restorePunctuation('浔阳(区')).toBe('浔阳(区');
		expect(restorePunctuation('区)浔阳')).toBe('区)浔阳');
		expect(restorePunctuation('江西(\n省)')).toBe('江西(\n省)');
		expect(restorePunctuationDetailed('浔阳(区').kept).toEqual([2]);
	});

	it('leaves a mark with only Latin, digits or a line edge around it (the known limit)', () => {
		expect(restorePunctuation('最IN!')).toBe('最IN!');
		expect(restorePunctuation('项目5,\n')).toBe('项目5,\n');
	});

	it('changes no other character: `.`, `%`, spaces, quotes and dashes stay', () => {
		expect(restorePunctuation('1.KPL 即 “两湖”—— 100%。')).toBe('1.KPL 即 “两湖”—— 100%。');
	});

	it('is idempotent', () => {
		expect(restorePunctuation(restored)).toBe(restored);
		const sample = '县(市(区)),增长1,000万元;时间:10:30!';
		expect(restorePunctuation(restorePunctuation(sample))).toBe(restorePunctuation(sample));
	});

	it('reports indexes in UTF-16 code units, also after a character outside the BMP', () => {
		const text = '𠀀,好';
		expect(restorePunctuationDetailed(text)).toEqual({ text: '𠀀，好', widened: [2], kept: [] });
	});
});

describe('isChineseNeighbour', () => {
	it.each(['浔', '。', '、', '“', '”', '《', '》', '（', '）', '，', '·', '—', '…', '〔'])(
		'counts %j',
		(ch) => {
			expect(isChineseNeighbour(ch)).toBe(true);
		}
	);

	it.each(['a', 'Z', '5', '.', '%', ' ', '\n', ',', '(', '"', undefined])(
		'does not count %j',
		(ch) => {
			expect(isChineseNeighbour(ch)).toBe(false);
		}
	);
});
