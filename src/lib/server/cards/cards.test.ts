import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { places } from '$lib/places';
import type { Place } from '$lib/places/schema';
import { MAP, TEXT_WIDTH, TEXT_X, type Card } from './card';
import { prepareCards, rasterize, renderCard, type ShareCards } from './index';

/**
 * The cards as a person sees them in a chat: rendered 300 px wide (and kept in
 * test-results/screenshots/ for a person to look at).
 */

const THUMB = 300;
const SHOTS = 'test-results/screenshots';
/** The locator inset's corner of the card (1200-px coordinates). */
const INSET = { x: 1028, y: 18, width: 154, height: 176 };

const unknownWithWords: Place = (() => {
	const p = structuredClone(places.find((x) => x.id === 'caojiashan-phase-3')!);
	p.id = 'test-described';
	p.properties.position.description = {
		text: '滨江东路148号',
		sources: ['https://example.org/source']
	};
	return p;
})();

const longNamed: Place = (() => {
	const p = structuredClone(places.find((x) => x.id === 'binjiang-road')!);
	p.id = 'test-long-name';
	p.properties.name = '九江市浔阳区长江国家文化公园九江城区段滨江东路沿线老城片区城市更新示范项目';
	return p;
})();

const longUnknown: Place = (() => {
	const p = structuredClone(unknownWithWords);
	p.id = 'test-long-unknown';
	p.properties.name = longNamed.properties.name;
	p.properties.position.description!.text =
		'滨江东路与庾亮南路交叉口以东约三百米，长江大堤内侧，原九江港客运码头旧址一带的老仓库片区';
	return p;
})();

/** The site's own cards, and cards of made-up places that test the edge cases. */
let site: ShareCards;
let extra: ShareCards;
beforeAll(async () => {
	site = await prepareCards(places);
	extra = await prepareCards([unknownWithWords, longNamed, longUnknown]);
	mkdirSync(SHOTS, { recursive: true });
});

/** A card by name, with the fonts it was prepared with. */
function find(name: string): { card: Card; fonts: ShareCards['fonts'] } {
	const set = site.cards.has(name) ? site : extra;
	return { card: set.cards.get(name)!, fonts: set.fonts };
}

const cardOf = (slug: string): Card => find(`/site/${slug}/og.png`).card;
const png = (card: Card, width?: number) => renderCard(card, find(card.name).fonts, width);

interface Image {
	width: number;
	pixels: Buffer;
}

function draw(card: Card, width: number): Image {
	const image = rasterize(card.svg, find(card.name).fonts.files, width);
	// `pixels` is copied out of resvg on each access: read it once.
	return { width: image.width, pixels: image.pixels };
}

type Rgb = [number, number, number];
/** palette.active (#e11d48): the card's own place. */
const ACTIVE: Rgb = [225, 29, 72];
/** palette.place (#c2410c): the places on the story's card. */
const PLACE: Rgb = [194, 65, 12];

/** Whether the pixel is `colour` at (nearly) full strength. */
function isMark(img: Image, x: number, y: number, colour: Rgb = ACTIVE): boolean {
	const i = (Math.round(y) * img.width + Math.round(x)) * 4;
	return colour.every((c, k) => Math.abs(img.pixels[i + k] - c) < 32);
}

/** Pixels of `colour` in a rectangle given in 1200-px card coordinates. */
function marksIn(
	img: Image,
	box: { x: number; y: number; width: number; height: number },
	colour: Rgb = ACTIVE
) {
	const k = img.width / 1200;
	let n = 0;
	for (let y = Math.ceil(box.y * k); y < (box.y + box.height) * k; y++) {
		for (let x = Math.ceil(box.x * k); x < (box.x + box.width) * k; x++) {
			if (isMark(img, x, y, colour)) n++;
		}
	}
	return n;
}

/** The main map without the inset (two rectangles: left of it, and below it). */
const MAIN = [
	{ x: MAP.x, y: 0, width: INSET.x - MAP.x - 4, height: MAP.height },
	{ x: INSET.x - 4, y: INSET.y + INSET.height + 4, width: 1200 - INSET.x + 4, height: 400 }
];

const placed = places.filter((p) => p.geometry !== null);
const unplaced = places.filter((p) => p.geometry === null);

describe('a placed place is recognisable on a 300-px chat card', () => {
	it.each(placed.map((p) => [p.id, p]))(
		'%s: its mark is in the map, a point at the centre',
		(slug, place) => {
			const card = cardOf(slug);
			const img = draw(card, THUMB);
			writeFileSync(`${SHOTS}/card-${slug}-300.png`, png(card, THUMB));
			const red = MAIN.reduce((n, box) => n + marksIn(img, box), 0);
			expect(red, 'mark pixels at 300 px').toBeGreaterThan(40);
			if (place.geometry!.type === 'Point') {
				const k = THUMB / 1200;
				expect(isMark(img, (MAP.x + MAP.width / 2) * k, (MAP.height / 2) * k)).toBe(true);
			}
			// A drawn uncertainty circle is explained in words.
			const words = card.drawn.map((d) => d.text);
			const circled =
				place.geometry!.type === 'Point' && place.properties.position.accuracy !== 'sourced';
			expect(words.some((t) => t.startsWith('圆圈为可能范围'))).toBe(circled);
			// The locator inset shows where the frame lies in the district.
			expect(marksIn(draw(card, 1200), INSET), 'inset box pixels').toBeGreaterThan(100);
		}
	);
});

describe('the story card', () => {
	it('shows every placed place in its frame, with the district inset', () => {
		const card = site.cards.get('/og.png')!;
		const img = draw(card, THUMB);
		writeFileSync(`${SHOTS}/card-story-300.png`, png(card, THUMB));
		// Each dot is about 5 px across at 300 px; the two lines add more.
		expect(MAIN.reduce((n, box) => n + marksIn(img, box, PLACE), 0)).toBeGreaterThan(
			placed.length * 15
		);
		expect(marksIn(draw(card, 1200), INSET)).toBeGreaterThan(100);
		expect(card.drawn.map((d) => d.text)).toContain(
			`图上 ${placed.length} 处 · 尚未标出 ${unplaced.length} 处`
		);
	});
});

describe('a place with no position gets no pin', () => {
	it.each(unplaced.map((p) => [p.id]))('%s: district overview, no mark, says so', (slug) => {
		const card = cardOf(slug);
		const img = draw(card, 1200);
		writeFileSync(`${SHOTS}/card-${slug}-300.png`, png(card, THUMB));
		expect(marksIn(img, MAP)).toBe(0);
		expect(card.drawn.map((d) => d.text)).toContain('尚未标在图上');
	});

	it('shows where it is in words when a source says so', () => {
		const card = cardOf('test-described');
		expect(card.drawn.map((d) => d.text).join('')).toContain('位置描述：滨江东路148号');
		writeFileSync(`${SHOTS}/card-test-described.png`, png(card));
	});
});

describe('long words stay in their column', () => {
	it.each([...site_names()])('%s: every line fits the column and no two lines overlap', (name) => {
		const { card } = find(name);
		const words = card.boxes.filter((b) => b.left < MAP.x).sort((a, b) => a.top - b.top);
		for (const box of words) {
			expect(box.right, box.text).toBeLessThanOrEqual(TEXT_X + TEXT_WIDTH + 0.5);
			expect(box.bottom, box.text).toBeLessThanOrEqual(630);
		}
		for (let i = 1; i < words.length; i++) {
			expect(words[i].top, `${words[i - 1].text} / ${words[i].text}`).toBeGreaterThanOrEqual(
				words[i - 1].bottom
			);
		}
	});

	it('cuts an overlong name with an ellipsis rather than letting it run into the map', () => {
		const titles = cardOf('test-long-name').drawn.filter((d) => d.weight === 700);
		expect(titles).toHaveLength(3);
		expect(titles[2].text.endsWith('…')).toBe(true);
		writeFileSync(`${SHOTS}/card-test-long-name.png`, png(cardOf('test-long-name')));
		writeFileSync(`${SHOTS}/card-test-long-unknown.png`, png(cardOf('test-long-unknown')));
	});
});

/** Every card's name, the test places' included (evaluated when the tests are collected). */
function site_names(): string[] {
	return [
		'/og.png',
		...[...places, unknownWithWords, longNamed, longUnknown].map((p) => `/site/${p.id}/og.png`)
	];
}
