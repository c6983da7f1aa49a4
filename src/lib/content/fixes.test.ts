import { describe, expect, it } from 'vitest';
import { FIXES, type Fix } from './fixes';
import {
	applyFixes,
	cleanText,
	isSimplified,
	removePinyinReadings,
	toSimplified
} from './pipeline';
import { RAW } from '../../../tests/helpers/content';

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the fix table', () => {
	it('restores the 14 garbled spots and the reading on a Latin letter', () => {
		expect(FIXES.filter((f) => f.kind === 'garbled')).toHaveLength(14);
		expect(FIXES.filter((f) => f.kind === 'latin-annotation')).toHaveLength(1);
	});

	it('accounts for every question mark of the raw text', () => {
		const marks = FIXES.reduce((n, f) => n + occurrences(f.garbled, '?'), 0);
		expect(marks).toBe(occurrences(RAW, '?'));
	});

	it.each(FIXES.map((f) => [f.garbled, f] as const))(
		'%s occurs exactly once in the raw text',
		(garbled) => {
			expect(occurrences(RAW, garbled)).toBe(1);
		}
	);

	it.each(FIXES.map((f) => [f.restored, f] as const))(
		'%s is clean simplified Chinese that later steps keep as it is',
		(restored) => {
			expect(restored).not.toMatch(/[?？]/u);
			expect(removePinyinReadings(restored)).toBe(restored);
			expect(toSimplified(restored)).toBe(restored);
			expect(isSimplified(restored)).toBe(true);
		}
	);

	it('writes the restored text with the raw file’s half-width marks, which a later step widens', () => {
		for (const fix of FIXES) expect(fix.restored).not.toMatch(/[，：；（）！？]/u);
		expect(cleanText(RAW)).toContain('（江西省）2024年九江市');
	});

	it('gives one line of reasoning for each fix', () => {
		for (const fix of FIXES) {
			expect(fix.why.length).toBeGreaterThan(20);
			expect(fix.why).not.toContain('\n');
		}
	});

	it('applies all fixes to the raw text, leaving the restored text in place', () => {
		const fixed = applyFixes(RAW);
		for (const fix of FIXES) {
			expect(fixed).not.toContain(fix.garbled);
			expect(fixed).toContain(fix.restored);
		}
	});
});

describe('applyFixes', () => {
	const missing: Fix = { garbled: '不存在的文字', restored: 'x', why: 'test', kind: 'garbled' };
	const repeated: Fix = { garbled: '潯陽', restored: '浔阳', why: 'test', kind: 'garbled' };

	it('throws, naming the fix, when it does not apply', () => {
		expect(() => applyFixes(RAW, [missing])).toThrow(/"不存在的文字" → "x".*0 times/);
	});

	it('throws, naming the fix, when it applies more than once', () => {
		expect(() => applyFixes(RAW, [repeated])).toThrow(/"潯陽" → "浔阳".*\d+ times/);
	});

	it('throws when an earlier fix has consumed a later one’s text', () => {
		const first = FIXES[0];
		expect(() => applyFixes(RAW, [first, first])).toThrow(first.garbled);
	});

	it('replaces the text literally, even with $ patterns', () => {
		const fix: Fix = { garbled: 'b', restored: '$&$&', why: 'test', kind: 'garbled' };
		expect(applyFixes('abc', [fix])).toBe('a$&$&c');
	});
});
