/**
 * Restoring the report's full-width punctuation.
 *
 * Why: on its way to the copy we have, the report went through a full-width → half-width fold
 * (NFKC-like): `，：；（）！？` became `,:;()!?`, while `。、“”《》`, which have no ASCII
 * counterpart, stayed as printed. Fix 1 (`fixes.ts`) shows the original: the misread bytes of
 * `省）2` hold A3 A9, the GBK code of the full-width `）`. So the pipeline puts the six marks
 * back, but only where they are Chinese punctuation.
 *
 * The rule. A "Chinese neighbour" is a Han character or a CJK punctuation mark: the CJK
 * Symbols and Punctuation block (`。、《》「」〔〕`…), the full-width forms block (`，：；（）！？`…),
 * and the marks Chinese text shares with Western typography, `“”‘’·—…`. A line edge, a space,
 * a digit, a Latin letter and any other ASCII character are not Chinese neighbours.
 *
 * 1. Brackets go in matched pairs (nested pairs too, never across a line break). A pair becomes
 *    `（…）` when any of its four neighbours is Chinese: the character before `(`, the first
 *    and last characters inside, the character after `)`. So `(一)产业`, `县(市、区),`,
 *    `(江西省)2024年` are widened, and so is a pair around Latin or digits inside Chinese text,
 *    as `活动(FUN)开幕` → `活动（FUN）开幕`: in a Chinese document the brackets are full-width
 *    whatever they hold. `f(x)`, `(5G)` alone, or `(2024)` between digits stay as they are.
 *    An unmatched bracket is left alone: it means damage the pipeline does not understand.
 * 2. Then each run of `,:;!?` (usually a single mark) becomes full-width when the character
 *    just before the run or just after it is a Chinese neighbour (brackets widened in 1 count).
 *    `同比增长20%,融资` → `，` (`融`), `KPL:即` → `：`, `入驻,9MALL` → `，`, `敬意!` at a line end
 *    → `！`, `各位代表!在` → `！`.
 *
 * What it never touches, by construction:
 * - Numbers: a mark between two digits (`1,000`, `10:30`, `1:2`) has no Chinese neighbour. The
 *   marks of decimals, percentages, dates and ranges (`.`, `%`, `-`, `/`, `—`) are not among
 *   the six marks at all, so `3.5%`, `2024.1.20`, `PM2.5`, `1—2个` are kept byte for byte.
 * - Latin tokens: letters and digits are never changed, and a mark between two of them
 *   (`5G,4A`, `http://`, `a.cn/x?y=1`) has no Chinese neighbour.
 * - Other characters: `.` (the glossary's `1.KPL`), `%`, spaces, `“”` and all the rest.
 *
 * Known limit: a mark whose only neighbours are Latin, digits or a line edge stays half-width
 * even in Chinese prose (`最IN!` at the end of a line). The report has no such mark (a test
 * lists every mark left half-width).
 */

/** The half-width marks this step restores, with their full-width forms. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
	',': '，',
	':': '：',
	';': '；',
	'(': '（',
	')': '）',
	'!': '！',
	'?': '？'
};

const CHINESE_NEIGHBOUR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’·—…]/u;
const RUN_MARK = /[,:;!?]/;

/** True when `ch` (one character, or undefined past an edge) is a Han character or CJK punctuation. */
export function isChineseNeighbour(ch: string | undefined): boolean {
	return ch !== undefined && CHINESE_NEIGHBOUR.test(ch);
}

/** Where the step changed a mark, and where it left one half-width. */
export interface PunctuationReport {
	text: string;
	/** Indexes (UTF-16) of the marks that were widened. */
	widened: number[];
	/** Indexes of the marks of `,:;()!?` that were left half-width. */
	kept: number[];
}

/** Index pairs `[open, close]` of matched half-width brackets on one line. */
function bracketPairs(chars: readonly string[]): [number, number][] {
	const pairs: [number, number][] = [];
	let open: number[] = [];
	chars.forEach((ch, i) => {
		if (ch === '\n') open = [];
		else if (ch === '(') open.push(i);
		else if (ch === ')') {
			const start = open.pop();
			if (start !== undefined) pairs.push([start, i]);
		}
	});
	return pairs;
}

/** Restores the full-width marks and says which marks it changed and which it kept. */
export function restorePunctuationDetailed(text: string): PunctuationReport {
	// The text is Chinese and ASCII only in the BMP, but work on code points to stay safe.
	const chars = [...text];
	const widened = new Set<number>();

	for (const [open, close] of bracketPairs(chars)) {
		const around = [chars[open - 1], chars[open + 1], chars[close - 1], chars[close + 1]];
		if (around.some(isChineseNeighbour)) {
			widened.add(open);
			widened.add(close);
		}
	}
	for (const i of widened) chars[i] = FULL_WIDTH[chars[i]];

	for (let start = 0; start < chars.length;) {
		if (!RUN_MARK.test(chars[start])) {
			start++;
			continue;
		}
		let end = start;
		while (end < chars.length && RUN_MARK.test(chars[end])) end++;
		if (isChineseNeighbour(chars[start - 1]) || isChineseNeighbour(chars[end])) {
			for (let i = start; i < end; i++) {
				chars[i] = FULL_WIDTH[chars[i]];
				widened.add(i);
			}
		}
		start = end;
	}

	const out = chars.join('');
	const offsets: number[] = [];
	let offset = 0;
	for (const ch of chars) {
		offsets.push(offset);
		offset += ch.length;
	}
	const kept = chars.flatMap((ch, i) => (Object.hasOwn(FULL_WIDTH, ch) ? [offsets[i]] : []));
	return {
		text: out,
		widened: [...widened].sort((a, b) => a - b).map((i) => offsets[i]),
		kept
	};
}

/** The text with `，：；（）！？` restored where they are Chinese punctuation (see the rule above). */
export function restorePunctuation(text: string): string {
	return restorePunctuationDetailed(text).text;
}
