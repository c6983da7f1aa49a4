import { describe, expect, it } from 'vitest';
import { getParagraph } from '$lib/content/report';
import { brief, places } from '$lib/places';
import { steps } from '$lib/story/steps';
import { buildSlides, numberRuns } from './slides';

const paths = {
	story: '/',
	places: '/site/',
	place: (slug: string) => `/site/${slug}/`
};
const slides = buildSlides(steps, places.map(brief), paths);
const middle = slides.slice(1, -1);

describe('presentation slides', () => {
	it('has one slide per stop of the story: the opening, every step in order, the closing', () => {
		expect(slides.map((s) => s.id)).toEqual(['opening', ...steps.map((s) => s.id), 'closing']);
		expect(slides.map((s) => s.kind)).toEqual(['opening', ...steps.map(() => 'step'), 'closing']);
	});

	it('quotes the report exactly: every slide quote is in its paragraph, figures included', () => {
		for (const slide of middle) {
			for (const quote of slide.quotes) {
				const text = quote.segments.map((s) => s.text).join('');
				expect(getParagraph(quote.paragraph)?.text, slide.id).toContain(text);
			}
			const words = slide.quotes.flatMap((q) => q.segments.map((s) => s.text)).join('');
			for (const figure of slide.figures) expect(words, slide.id).toContain(figure);
		}
		for (const { quote } of slides[0].headline) {
			expect(getParagraph('p-zhe-yi-nian-xun-yang-jing-ji-wen')?.text).toContain(quote);
		}
	});

	it("links each step's QR code to its main place's page; opening to the story, closing to the places", () => {
		middle.forEach((slide, i) => expect(slide.link).toBe(`/site/${steps[i].places[0]}/`));
		expect(slides[0].link).toBe('/');
		expect(slides.at(-1)!.link).toBe('/site/');
	});

	it('names the unplaced places of a step (never pins them) and carries its notes', () => {
		const twoLakes = slides.find((s) => s.id === 'two-lakes')!;
		expect(twoLakes.unplaced.map((p) => p.id)).toEqual(
			steps
				.find((s) => s.id === 'two-lakes')!
				.places.filter((slug) => places.find((p) => p.id === slug)!.geometry === null)
		);
		for (const [i, slide] of middle.entries()) expect(slide.notes).toBe(steps[i].notes ?? null);
	});

	it('gathers every placed site on the closing slide', () => {
		const closing = slides.at(-1)!;
		expect(closing.places).toEqual(places.filter((p) => p.geometry).map((p) => p.properties.name));
		expect(
			closing.unplaced.every((p) => places.find((q) => q.id === p.id)!.geometry === null)
		).toBe(true);
	});

	it('marks numbers with their units for large type, keeping the words whole', () => {
		const text = '地区生产总值447.1亿元，全市第二，同比增长4.2%左右';
		const runs = numberRuns(text);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.filter((r) => r.number).map((r) => r.text)).toEqual(['447.1亿元', '4.2%']);
		expect(numberRuns('城镇居民人均可支配收入5.04万元').at(-1)).toEqual({
			text: '5.04万元',
			number: true
		});
	});
});
