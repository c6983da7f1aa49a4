import { describe, expect, it } from 'vitest';
import { markFigures, markQuote } from './figures';

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

describe('markQuote', () => {
	const quote = '全省首座万吨级码头国能九江发电煤码头落户浔阳并投入使用';
	const wharf = { slug: 'guoneng-coal-wharf', name: '国能九江发电煤码头' };

	it('links place names and keeps figures as their own marks, losing no character', () => {
		const segments = markQuote(
			quote,
			[{ text: '全省首座万吨级码头', place: 'guoneng-coal-wharf' }],
			[{ start: 9, end: 18, targets: [wharf] }]
		);
		expect(segments.map((s) => s.text).join('')).toBe(quote);
		expect(segments[0]).toMatchObject({ text: '全省首座万吨级码头', place: 'guoneng-coal-wharf' });
		expect(segments[1]).toMatchObject({ text: '国能九江发电煤码头', targets: [wharf], start: 9 });
		expect(segments[2]).toMatchObject({ text: '落户浔阳并投入使用' });
	});

	it('leaves a name plain where it overlaps a figure', () => {
		const segments = markQuote(
			'投资4.9亿元建设甘棠公园',
			[{ text: '投资4.9亿元建设甘棠', place: 'x' }],
			[{ start: 9, end: 13, targets: [{ slug: 'gantang-park', name: '甘棠公园' }] }]
		);
		expect(segments.some((s) => s.targets)).toBe(false);
		expect(segments.map((s) => s.text).join('')).toBe('投资4.9亿元建设甘棠公园');
	});
});
