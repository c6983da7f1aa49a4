import { describe, expect, it } from 'vitest';
import { sentencesMentioning } from './sentences';

describe('sentencesMentioning', () => {
	const text =
		'支柱产业迭代升级。全省首座万吨级码头落户浔阳并投入使用，打破纪录。另一句；码头第二次出现。';

	it('keeps only the sentences with the term, with their punctuation', () => {
		expect(sentencesMentioning(text, ['码头'])).toEqual([
			'全省首座万吨级码头落户浔阳并投入使用，打破纪录。',
			'码头第二次出现。'
		]);
	});

	it('rebuilds the paragraph exactly when every sentence matches', () => {
		expect(sentencesMentioning(text, ['']).join('')).toBe(text);
	});

	it('returns nothing when the term is absent', () => {
		expect(sentencesMentioning(text, ['甘棠湖'])).toEqual([]);
	});
});
