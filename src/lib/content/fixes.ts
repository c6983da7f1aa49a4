/**
 * Hand restorations of the damaged spots of the raw report.
 *
 * Stage: every fix applies to the RAW text, before any other step, so `garbled` is exactly what
 * `grep -F` finds in `source/xunyang-2024-work-report.raw.txt` (pinyin readings included, and
 * the half-width marks of the fold, as in `?!` or `?;`).
 * `restored` is written in simplified Chinese as printed, but with the raw file's half-width
 * `,:;()!?` like the text around it: the punctuation step (`punctuation.ts`) runs after the fixes
 * and widens them together with the rest of the report. The pinyin and OpenCC steps leave
 * `restored` unchanged (OpenCC maps simplified text to itself; a test checks this for every
 * entry).
 *
 * How the garbled spots arose: the traditional-character text was encoded as GBK and read one
 * byte late, so each pair of bytes straddling two characters became some other character. The
 * stray first byte became `?`, unmapped pairs became `?` or vanished, and the reading fell back
 * into step at the next ASCII byte. Full-width forms were then narrowed (`！` to `!`, `？` to
 * `?`, `￡` to `£`). Each `why` names the bytes that prove the restoration where they do.
 */

export interface Fix {
	/** The damaged text, exactly as it occurs (once) in the raw file. */
	garbled: string;
	/** What the report says there, in simplified Chinese. */
	restored: string;
	/** One line of reasoning. */
	why: string;
	/** `garbled`: misread bytes; `latin-annotation`: a pinyin reading attached to a Latin letter. */
	kind: 'garbled' | 'latin-annotation';
}

export const FIXES: readonly Fix[] = [
	{
		garbled: '(江西?。?024年',
		restored: '(江西省)2024年',
		why: 'Headline "（江西省）2024年九江市…": 省）2 = CA A1 A3 A9 32 read one byte late gives ? 。(A1A3) ?(A9 32); A3 A9 is the full-width "）", the proof that the fold narrowed the marks, and the punctuation step widens this pair with the rest.',
		kind: 'garbled'
	},
	{
		garbled: '13%??梢哉f是',
		restored: '13%。可以说是',
		why: 'GBK of 。可以說是 read one byte late is exactly ?？梢哉f是; the sentence reads "可以说是在承压前行下".',
		kind: 'garbled'
	},
	{
		garbled: '潯陽?九點九江',
		restored: '浔阳·九点九江',
		why: 'Glossary entry 13 prints the same brand as “浔阳·九点九江”; the ? stands for the middle dot.',
		kind: 'garbled'
	},
	{
		garbled: '?!皾£柦璅UN夏派對',
		restored: '。“浔阳江FUN夏派对',
		why: 'Bytes of 。“潯陽江F read one byte late: ?|A3A1 !|B09D 皾|A1EA £|96BD 柦|AD46 璅, then UN; so the event is “浔阳江FUN夏派对”.',
		kind: 'garbled'
	},
	{
		garbled: '?!盎萜笸ā被萜筚Y金',
		restored: '。“惠企通”惠企资金',
		why: 'GBK of 。“惠企通”惠企資金 read one byte late is exactly ?！盎萜笸ā被萜筚Y金 (Y = second byte of 資).',
		kind: 'garbled'
	},
	{
		garbled: '?!皾£栔切《逼脚_',
		restored: '。“浔阳智小二”平台',
		why: 'Bytes of 。“潯陽智小二”平臺 read one byte late: 栔 切 《 (FE A1 unmapped, lost) 逼 脚 _ (= second byte of 臺); the platform is “浔阳智小二”.',
		kind: 'garbled'
	},
	{
		garbled: '?!囤M鄂皖',
		restored: '。《赣鄂皖',
		why: 'GBK of 。《贛 read one byte late is ?！囤M (M = second byte of 贛); the title that follows is 《赣鄂皖三省十县区知识产权跨区域合作协议》.',
		kind: 'garbled'
	},
	{
		garbled: '潯陽?潮游端午',
		restored: '浔阳·潮游端午',
		why: "Event name “玩转浔阳·潮游端午”: same lost middle dot as “浔阳·九点九江” and the report's own “浔阳·碰一夏”.",
		kind: 'garbled'
	},
	{
		garbled: '靶向?qū)恿憔蜆I(yè)家庭',
		restored: '靶向对接零就业家庭',
		why: 'Bytes of 向對接零就業 read one byte late: 驅(qū, then lost to ?) 恿 憔 蜆 I (= second byte of 業); "靶向对接零就业家庭、高校毕业生…".',
		kind: 'garbled'
	},
	{
		garbled: '“三?!钡拙€',
		restored: '“三保”底线',
		why: 'GBK of 保”底線 read one byte late is ?！钡拙 plus 0x80 (€ in code page 936); glossary entry 24 is 三保.',
		kind: 'garbled'
	},
	{
		garbled: '洋街?jǐn)?shù)字',
		restored: '洋街数字',
		why: 'Bytes of 街數 read one byte late give 謹 (jǐn, then lost to ?) and a lost byte before 數\'s own reading (shù); "洋街数字文创人才街区".',
		kind: 'garbled'
	},
	{
		garbled: '展?jié)摿团嘤齼r值',
		restored: '展潜力和培育价值',
		why: 'Bytes of 展潛力和培育價值 read one byte late: 節(jié, lost to ?) 摿 团 嘤 齼 r (= second byte of 價); "极具发展潜力和培育价值".',
		kind: 'garbled'
	},
	{
		garbled: '全天候?qū)θ罕婇_放',
		restored: '全天候对群众开放',
		why: 'Bytes of 候對群眾開 read one byte late: 驅(qū, lost to ?) θ 罕 婇 _ (= second byte of 開); "全天候对群众开放".',
		kind: 'garbled'
	},
	{
		garbled: '指的是?;久裆?、',
		restored: '指的是保基本民生、',
		why: 'GBK of 保基本民生 read one byte late: ?|A3BB ；|(F9B1 lost) 久 裆 ?; the usual “三保” list is 保基本民生、保工资、保运转.',
		kind: 'garbled'
	},
	{
		garbled: '最I(lǐng)N',
		restored: '最IN',
		why: 'A pinyin reading (of 领) was attached to the Latin letter I; the text means 最IN (the trendiest).',
		kind: 'latin-annotation'
	}
];
