import { describe, expect, it } from 'vitest';
import { getParagraph } from '$lib/content/report';
import { barLength, indicators, RESULTS_PARAGRAPH, TARGETS_PARAGRAPH } from './headline';

describe('headline figures', () => {
	it.each(indicators.map((i) => [i.label, i] as const))(
		'%s: both figures are quoted verbatim and the bar value matches the words',
		(_label, indicator) => {
			expect(getParagraph(RESULTS_PARAGRAPH)!.text).toContain(indicator.result.quote);
			expect(getParagraph(TARGETS_PARAGRAPH)!.text).toContain(indicator.target.quote);
			for (const figure of [indicator.result, indicator.target]) {
				if (figure.growth === null) expect(figure.quote).not.toContain('增长');
				else expect(figure.quote).toContain(`增长${figure.growth}%`);
			}
		}
	);

	it('covers the six main indicators of the 2024 targets', () => {
		expect(indicators).toHaveLength(6);
	});

	it('draws 35.6 % as a broken full-length bar and 4.2 % to scale', () => {
		expect(barLength(35.6)).toEqual({ fraction: 1, broken: true });
		expect(barLength(4.2).fraction).toBeCloseTo(0.35, 9);
		expect(barLength(null)).toEqual({ fraction: 0, broken: false });
	});
});
