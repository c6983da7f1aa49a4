import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { places } from '$lib/places';
import type { Place } from '$lib/places/schema';
import { assertGlyphs, missingChars, sourceFaces, subsetFonts } from './font';
import { prepareCards, rasterize, renderCard } from './index';

/** Pixels clearly darker than the white background (drawn ink). */
function inked(svg: string, files: string[]): { count: number; pixels: Buffer } {
	// `pixels` copies the image out of resvg on every access: read it once.
	const pixels = rasterize(svg, files, 400).pixels;
	let count = 0;
	for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128) count++;
	return { count, pixels };
}

const textSvg = (text: string) =>
	'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100">' +
	'<rect width="400" height="100" fill="#fff"/>' +
	`<text x="10" y="70" font-family="Noto Sans SC" font-size="56">${text}</text></svg>`;

const withName = (name: string): Place => {
	const place = structuredClone(places.find((p) => p.id === 'guoneng-coal-wharf')!);
	place.id = 'test-card';
	place.properties.name = name;
	return place;
};

describe('the cards draw with the font the project installs, not the machine’s', () => {
	it('draws Chinese text with system fonts off, and draws nothing without our font', async () => {
		const fonts = await subsetFonts([{ text: '浔阳', weight: 400 }]);
		const ours = inked(textSvg('浔阳'), fonts.files);
		const none = inked(textSvg('浔阳'), []);
		expect(none.count).toBe(0);
		expect(ours.count).toBeGreaterThan(500);
	});

	it('draws real glyphs, not the same empty box for every character', async () => {
		const fonts = await subsetFonts([{ text: '浔阳', weight: 400 }]);
		const a = inked(textSvg('浔'), fonts.files);
		const b = inked(textSvg('阳'), fonts.files);
		expect(a.count).toBeGreaterThan(200);
		expect(b.count).toBeGreaterThan(200);
		expect(a.pixels.equals(b.pixels)).toBe(false);
	});

	it('subsets the font to a small file holding every character the cards draw', async () => {
		const { cards, fonts } = await prepareCards(places);
		for (const file of fonts.files) expect(statSync(file).size).toBeLessThan(200_000);
		for (const card of cards.values()) {
			for (const { text, weight } of card.drawn) {
				expect(missingChars(fonts.faces[weight], text), `${card.name}: ${text}`).toEqual([]);
			}
		}
	});
});

describe('a character the font lacks fails the build, naming the card', () => {
	it('throws for a place name with a character outside the font, naming slug and character', async () => {
		// U+2A6D6 (CJK Extension B) is not in Noto Sans SC.
		await expect(prepareCards([withName('浔阳𪛖码头')])).rejects.toThrow(
			/Share card "\/site\/test-card\/og\.png".*"𪛖" \(U\+2A6D6\)/
		);
	});

	it('names every missing character once, with the text it is in', () => {
		const faces = sourceFaces();
		expect(() => assertGlyphs('/og.png', [{ text: '\uE000a\uE000', weight: 700 }], faces)).toThrow(
			'"\uE000" (U+E000) in "\uE000a\uE000"'
		);
	});

	it('refuses to render a card whose text is not in the subset it is given', async () => {
		const { cards, fonts } = await prepareCards([withName('国能码头')]);
		const other = (await prepareCards([withName('九江大桥')])).cards;
		const card = [...other.values()].find((c) => c.name === '/site/test-card/og.png')!;
		expect(cards.size).toBe(2);
		expect(() => renderCard(card, fonts)).toThrow(/"\/site\/test-card\/og\.png".*"桥"/);
	});
});
