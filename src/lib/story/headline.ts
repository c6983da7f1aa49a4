/**
 * The report's headline figures: 2023 results (paragraph RESULTS) next to the 2024 targets
 * (paragraph TARGETS). Every `quote` is verbatim from its paragraph (checked by the tests);
 * `growth` is the percentage the quote states, for drawing the bars.
 */
export const RESULTS_PARAGRAPH = 'p-zhe-yi-nian-xun-yang-jing-ji-wen';
export const TARGETS_PARAGRAPH = 'p-quan-qu-jing-ji-she-hui-fa-zhan';

export interface Figure {
	quote: string;
	/** Growth in per cent as stated, or null when the report gives only a level. */
	growth: number | null;
}

export interface Indicator {
	label: string;
	result: Figure;
	target: Figure;
}

export const indicators: Indicator[] = [
	{
		label: '地区生产总值',
		result: { quote: '地区生产总值447.1亿元，全市第二，同比增长4.2%左右', growth: 4.2 },
		target: { quote: '地区生产总值增长5.3%左右', growth: 5.3 }
	},
	{
		label: '规上工业增加值',
		result: { quote: '规上工业增加值同比增长10%左右', growth: 10 },
		target: { quote: '规模以上工业增加值增长8%左右', growth: 8 }
	},
	{
		label: '一般公共预算收入',
		result: { quote: '一般公共预算收入7.6亿元', growth: null },
		target: { quote: '一般公共预算收入增长3%左右', growth: 3 }
	},
	{
		label: '固定资产投资',
		result: { quote: '固定资产投资增长35.6%', growth: 35.6 },
		target: { quote: '固定资产投资增长8%以上', growth: 8 }
	},
	{
		label: '社会消费品零售总额',
		result: { quote: '社会消费品零售总额246.7亿元，同比增长6.6%左右', growth: 6.6 },
		target: { quote: '社会消费品零售总额增长6.8%左右', growth: 6.8 }
	},
	{
		label: '城镇居民人均可支配收入',
		result: { quote: '城镇居民人均可支配收入5.04万元，同比增长3%左右', growth: 3 },
		target: { quote: '城镇居民人均可支配收入增长3.9%左右', growth: 3.9 }
	}
];

/** The bars share one scale up to this many per cent; a larger value is drawn broken. */
export const SCALE_MAX = 12;

/** Bar length as a fraction of the scale, and whether the bar is cut off. */
export function barLength(growth: number | null): { fraction: number; broken: boolean } {
	if (growth === null) return { fraction: 0, broken: false };
	return { fraction: Math.min(growth, SCALE_MAX) / SCALE_MAX, broken: growth > SCALE_MAX };
}
