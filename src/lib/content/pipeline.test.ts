import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { FIXES } from './fixes';
import {
	assertClean,
	buildReport,
	cleanText,
	isSimplified,
	leadPhrase,
	parseTargets,
	removePinyinReadings,
	toSimplified
} from './pipeline';
import { gb2312Hanzi, RAW } from '../../../tests/helpers/content';

const text = cleanText(RAW);
const report = buildReport(RAW);

/** Counts made straight from the raw lines, without the pipeline's parser. */
function rawCounts() {
	const lines = RAW.split('\n').filter((l) => l.trim() !== '');
	const glossaryAt = lines.findIndex((l) => /^名\s*詞\s*解\s*釋$/u.test(l.trim()));
	const body = lines.slice(5, glossaryAt);
	const headings = body.filter((l) => /^[一二]、/u.test(l) || /^\([一二三四五]\)/u.test(l));
	return {
		paragraphs: body.length - headings.length,
		sections: body.filter((l) => /^\([一二三四五]\)/u.test(l)).length,
		glossary: lines.slice(glossaryAt + 1).filter((l) => /^\d+\./u.test(l)).length
	};
}

describe('removePinyinReadings', () => {
	it('removes readings after characters, one or several syllables', () => {
		expect(removePinyinReadings('區(qū)人民政府')).toBe('區人民政府');
		expect(removePinyinReadings('國家(guó jiā)')).toBe('國家');
		expect(removePinyinReadings('綠(lǜ)色')).toBe('綠色');
	});

	it('keeps the report’s own parentheses', () => {
		const kept = '(一)產業 (江西省)2024 縣(市、區) 街道(鄉鎮)、社區(村) 院校(技工院校)';
		expect(removePinyinReadings(kept)).toBe(kept);
	});

	it('removes 1,140 readings from the raw text and leaves no tone mark', () => {
		const readings = RAW.match(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)/gu) ?? [];
		expect(readings).toHaveLength(1140);
		expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u);
		expect(text).not.toMatch(/\([a-zü]+\)/u);
	});
});

describe('toSimplified', () => {
	it('gives the mainland forms of the report’s words', () => {
		expect(toSimplified('著力增活力')).toBe('着力增活力');
		expect(toSimplified('管理水平顯著提高')).toBe('管理水平显著提高');
		expect(toSimplified('全區幹部群眾')).toBe('全区干部群众');
		expect(toSimplified('對臺、僑務')).toBe('对台、侨务');
		expect(toSimplified('起桿行動')).toBe('起杆行动');
	});

	it('reads the source as Taiwan forms: plain t → cn would leave 著力', () => {
		expect(Converter({ from: 't', to: 'cn' })('著力增活力')).toBe('著力增活力');
	});
});

describe('the cleaned text', () => {
	it('has no question mark left from the garbled spots', () => {
		expect(text).not.toMatch(/[?？]/u);
	});

	it('has no traditional character: OpenCC t → cn changes nothing', () => {
		expect(isSimplified(text)).toBe(true);
		expect(Converter({ from: 't', to: 'cn' })(text)).toBe(text);
	});

	it('uses only GB 2312 characters, plus 勠 (勠力同心), which is simplified but newer', () => {
		const gb = gb2312Hanzi();
		expect(gb.size).toBe(6763);
		const outside = new Set([...text].filter((ch) => /\p{Script=Han}/u.test(ch) && !gb.has(ch)));
		expect([...outside]).toEqual(['勠']);
	});

	it.each(['。', '、', '“', '”', '《', '》', '—', '%', '.'])(
		'keeps every "%s" of the raw text, plus those the fixes restore',
		(mark) => {
			const count = (s: string) => s.split(mark).length - 1;
			const restored = FIXES.reduce((n, f) => n + count(f.restored) - count(f.garbled), 0);
			expect(count(text)).toBe(count(RAW) + restored);
		}
	);

	it.each([
		[',', '，'],
		[':', '：'],
		[';', '；'],
		['!', '！']
	])('turns every "%s" of the raw text (and of the fixes) into "%s"', (half, full) => {
		const count = (s: string, mark: string) => s.split(mark).length - 1;
		const restored = FIXES.reduce(
			(n, f) => n + count(f.restored, half) - count(f.garbled, half),
			0
		);
		expect(count(text, half)).toBe(0);
		expect(count(text, full)).toBe(count(RAW, half) + restored);
	});

	it('turns the report’s own 17 brackets into （）, the pinyin readings’ brackets gone', () => {
		const count = (s: string, mark: string) => s.split(mark).length - 1;
		// An opening bracket of the raw text that does not start a pinyin reading (or `?` of one).
		const own = RAW.match(/\((?![a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ?])/gu) ?? [];
		expect(own).toHaveLength(17);
		expect(count(text, '(') + count(text, ')')).toBe(0);
		expect(count(text, '（')).toBe(own.length);
		expect(count(text, '）')).toBe(own.length);
	});

	it('restores the full-width punctuation the fold had narrowed', () => {
		expect(report.greeting).toBe('各位代表，同志们：');
		expect(text).not.toMatch(/[,:;()!?]/u);
	});

	it.each([
		'高新产业蓄势崛起。中铁九桥成功获评国家级“绿色工厂”、省制造业单项冠军和全市首家国家级工业设计中心。',
		'琵琶书屋作为九江首家“空中图书馆”，成为九江文旅新IP和最IN“寻书”城市书房。',
		'全力拼经济、稳增长，着力增活力、防风险',
		'国有企业整体实力和管理水平显著提高。',
		'湖滨小区北区、中海九樾小区、北司家园小区获评全省100个红色物业小区荣誉。',
		'坚持富民惠区，以人民为中心，尽力而为、量力而行',
		// restored garbled spots
		'财政总收入完成29亿元，同比增长13%。可以说是在承压前行下，较好地实现了全区高质量发展的阶段性任务',
		'拉动消费近千万元。“浔阳江FUN夏派对”在央视、凤凰网等主流媒体持续刷屏。',
		'实现全覆盖。“惠企通”惠企资金1600万元，惠及企业208家；',
		'直接受益市场主体达1146户。“浔阳智小二”平台全面上线，整合21个单位444个事项',
		'更好节用裕民，兜牢“三保”底线。',
		'区属机关企事业单位停车场全天候对群众开放，广泛采取错时停车、夜间停车、限时停车等形式'
	])('contains verbatim: %s', (sentence) => {
		expect(text).toContain(sentence);
	});
});

describe('assertClean', () => {
	it.each([
		['a question mark', '增长13%??梢'],
		['a pinyin reading', '人民政府(fǔ)'],
		['the end of a pinyin reading', '洋街jǐn)字'],
		['a character typical of misread bytes', '钡拙€。']
	])('rejects %s', (what, bad) => {
		expect(() => assertClean(bad)).toThrow(what);
	});

	it('rejects a traditional character', () => {
		expect(() => assertClean('浔阳區')).toThrow(/traditional/);
	});
});

describe('leadPhrase', () => {
	it('is the short first sentence', () => {
		expect(leadPhrase('高新产业蓄势崛起。中铁九桥…')).toBe('高新产业蓄势崛起。');
		expect(leadPhrase('打造更暖心的社会保障。全力推进…')).toBe('打造更暖心的社会保障。');
	});

	it('is null for a long first sentence or one with a comma', () => {
		expect(leadPhrase('率先在全市完成“五经普”阶段性工作，清查底册10526家单位。')).toBeNull();
		expect(leadPhrase('这一年，浔阳经济稳中求进。')).toBeNull();
		expect(leadPhrase('这一年,浔阳经济稳中求进。')).toBeNull();
		expect(leadPhrase('没有句号的段落')).toBeNull();
	});
});

describe('the structure', () => {
	const counts = rawCounts();

	it('has as many paragraphs as the raw text (52)', () => {
		expect(counts.paragraphs).toBe(52);
		expect(report.paragraphs).toHaveLength(counts.paragraphs);
	});

	it('has the 24 glossary entries of the raw text, numbered 1–24', () => {
		expect(counts.glossary).toBe(24);
		expect(report.glossary).toHaveLength(counts.glossary);
		expect(report.glossary.map((g) => g.n)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
	});

	it('has five sections in each part, with the printed headings', () => {
		expect(report.sections).toHaveLength(counts.sections);
		expect(report.sections.map((s) => s.id)).toEqual([
			's1-1',
			's1-2',
			's1-3',
			's1-4',
			's1-5',
			's2-1',
			's2-2',
			's2-3',
			's2-4',
			's2-5'
		]);
		expect(report.sections[0].heading).toBe('（一）产业发展提质增效');
		expect(report.sections[9].heading).toBe('（五）坚持勤廉并重，提升为民服务水平');
	});

	it('reads the title lines', () => {
		expect(report.headline).toBe('（江西省）2024年九江市浔阳区人民政府工作报告');
		expect(report.title).toBe('浔阳区人民政府工作报告');
		expect(report.meeting).toBe('——2024年1月20日在浔阳区第十一届人民代表大会第四次会议上');
		expect(report.speaker).toBe('浔阳区人民政府区长 周荣卿');
		expect(report.parts).toEqual([
			{ part: 1, heading: '一、2023年工作情况' },
			{ part: 2, heading: '二、2024年工作安排' }
		]);
	});

	it('puts every section paragraph in its section, and the closing ones outside', () => {
		for (const s of report.sections) {
			const inSection = report.paragraphs.filter((p) => p.sectionId === s.id).map((p) => p.id);
			expect(s.paragraphIds).toEqual(inSection);
		}
		const closing = report.paragraphs.filter((p) => p.text.startsWith('各位代表'));
		expect(closing).toHaveLength(3);
		expect(closing.every((p) => p.sectionId === null)).toBe(true);
	});

	it('finds 27 lead phrases, only inside sections', () => {
		const leads = report.paragraphs.filter((p) => p.lead !== null);
		expect(leads).toHaveLength(27);
		expect(leads.every((p) => p.sectionId !== null && p.text.startsWith(p.lead!))).toBe(true);
	});

	it('lists the seven 2024 targets', () => {
		expect(report.targets).toHaveLength(7);
		expect(report.targets[0]).toBe('地区生产总值增长5.3%左右');
		expect(report.targets[6]).toBe('节能减排降碳等约束性指标完成市下达目标');
		expect(parseTargets('没有目标。')).toBeNull();
	});
});
