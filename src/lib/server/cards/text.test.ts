import { describe, expect, it } from 'vitest';
import { measure, sourceFaces } from './font';
import { ELLIPSIS, wrap } from './text';

const bold = sourceFaces()[700];
const width = (size: number) => (s: string) => measure(bold, s, size);

describe('wrapping a card title', () => {
	it('breaks a long place name between words, not inside 发电', () => {
		const { lines } = wrap('国能九江发电煤码头', 476, width(76), 2);
		expect(lines).toEqual(['国能九江', '发电煤码头']);
	});

	it('keeps every line within the width, measured with the card font', () => {
		const { lines, truncated } = wrap('长江国家文化公园九江城区段', 476, width(64), 3);
		expect(truncated).toBe(false);
		expect(lines.join('')).toBe('长江国家文化公园九江城区段');
		for (const line of lines) expect(measure(bold, line, 64)).toBeLessThanOrEqual(476);
	});

	it('never starts a line with closing punctuation', () => {
		const text = '位置描述：滨江东路148号（九江市浔阳区），临江一侧。';
		const { lines } = wrap(text, 200, width(28), 6);
		expect(lines.join('')).toBe(text);
		for (const line of lines.slice(1)) expect(line[0]).not.toMatch(/[，。）：]/);
		// A number is never split.
		expect(lines.some((l) => l.includes('148'))).toBe(true);
	});

	it('cuts a name too long for the lines it may take, ending with an ellipsis', () => {
		const name = '九江市浔阳区长江国家文化公园九江城区段滨江东路沿线老城片区城市更新示范项目';
		const { lines, truncated } = wrap(name, 476, width(54), 3);
		expect(truncated).toBe(true);
		expect(lines).toHaveLength(3);
		expect(lines[2].endsWith(ELLIPSIS)).toBe(true);
		for (const line of lines) expect(measure(bold, line, 54)).toBeLessThanOrEqual(476);
	});
});
