import { Resvg } from '@resvg/resvg-js';
import { places as allPlaces } from '$lib/places';
import type { Place } from '$lib/places/schema';
import { CARD, placeCard, storyCard, type Card } from './card';
import { assertGlyphs, FONT_FAMILY, sourceFaces, subsetFonts, type CardFonts } from './font';

export { CARD, placeCardName, STORY_CARD } from './card';

/**
 * The share cards of the whole site, prepared once per build: every card is laid out, every
 * character of every card checked against the font (a missing glyph fails the build, naming
 * the card), and the font subset to exactly those characters.
 */
export interface ShareCards {
	cards: Map<string, Card>;
	fonts: CardFonts;
}

export async function prepareCards(places: Place[]): Promise<ShareCards> {
	const faces = sourceFaces();
	const cards = [storyCard(places, faces), ...places.map((p) => placeCard(p, faces))];
	for (const card of cards) assertGlyphs(card.name, card.drawn, faces);
	const fonts = await subsetFonts(cards.flatMap((c) => c.drawn));
	return { cards: new Map(cards.map((c) => [c.name, c])), fonts };
}

let site: Promise<ShareCards> | undefined;

/** The cards of `geo/places.geojson` (prepared on first use, shared by every og.png route). */
export function siteCards(): Promise<ShareCards> {
	site ??= prepareCards(allPlaces);
	return site;
}

/**
 * A card as PNG bytes, drawn by resvg with the subset font only (no system fonts), `width`
 * pixels wide. Throws, naming the card, if the font lacks a character the card draws.
 */
export function renderCard(card: Card, fonts: CardFonts, width: number = CARD.width): Uint8Array {
	assertGlyphs(card.name, card.drawn, fonts.faces, 'the subset font');
	return renderSvg(card.svg, fonts.files, width);
}

/** An SVG drawn by resvg with only the given font files (the machine's fonts are never loaded). */
export function rasterize(svg: string, fontFiles: string[], width: number) {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY }
	});
	return resvg.render();
}

/** An SVG as PNG bytes, drawn with only the given font files. */
export function renderSvg(svg: string, fontFiles: string[], width: number): Uint8Array {
	return rasterize(svg, fontFiles, width).asPng();
}

/** The PNG of the card at `name` (e.g. `/og.png`), for the prerendered og.png routes. */
export async function cardPng(name: string): Promise<Uint8Array | undefined> {
	const { cards, fonts } = await siteCards();
	const card = cards.get(name);
	return card && renderCard(card, fonts);
}
