import { describe, expect, it } from 'vitest';
import { markFigures } from './figures';

describe('markFigures', () => {
	const quote = '投入1.2亿元启动大中路C地块项目建设，积极完善“两湖”周边功能性设施。';

	it('marks a figure and keeps the quote intact', () => {
		const segments = markFigures(quote, [{ text: '投入1.2亿元', place: 'dazhong-road' }]);
		expect(segments[0]).toEqual({ text: '投入1.2亿元', place: 'dazhong-road' });
		expect(segments.map((s) => s.text).join('')).toBe(quote);
	});

	it('ignores a figure that is not in the quote', () => {
		expect(markFigures(quote, [{ text: '4.9亿元', place: 'x' }])).toEqual([{ text: quote }]);
	});

	it('orders several figures by position and skips overlaps', () => {
		const segments = markFigures(quote, [
			{ text: '“两湖”', place: 'lakes' },
			{ text: '1.2亿元', place: 'road' },
			{ text: '亿元启动', place: 'overlap' }
		]);
		expect(segments.filter((s) => s.place).map((s) => s.place)).toEqual(['road', 'lakes']);
		expect(segments.map((s) => s.text).join('')).toBe(quote);
	});
});
