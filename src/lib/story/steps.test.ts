import { describe, expect, it } from 'vitest';
import { getParagraph } from '$lib/content/report';
import { places } from '$lib/places';
import { missingSlugs } from '$lib/places/validate';
import { steps, STORY_SITES } from './steps';

describe('story steps', () => {
	it('have unique kebab-case ids', () => {
		const ids = steps.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('name only places that exist in geo/places.geojson', () => {
		const used = steps.flatMap((s) => [...s.places, ...(s.figures ?? []).map((f) => f.place)]);
		expect(missingSlugs(places, used)).toEqual([]);
	});

	it.each(steps.map((s) => [s.id, s] as const))('%s quotes the report verbatim', (_id, step) => {
		for (const quote of step.quotes) {
			const paragraph = getParagraph(quote.paragraph);
			expect(paragraph, `paragraph ${quote.paragraph}`).toBeDefined();
			expect(paragraph!.text).toContain(quote.text);
		}
	});

	it('mark figures that are inside the step quotes and belong to the step places', () => {
		for (const step of steps) {
			for (const figure of step.figures ?? []) {
				expect(step.quotes.some((q) => q.text.includes(figure.text))).toBe(true);
				expect(step.places).toContain(figure.place);
			}
		}
	});

	it('reach the six sites the story is about', () => {
		const reached = new Set(steps.flatMap((s) => s.places));
		for (const slug of STORY_SITES) {
			expect(reached.has(slug), slug).toBe(true);
		}
	});
});
