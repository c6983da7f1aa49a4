import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * The cards' font: Noto Sans SC (SIL Open Font License 1.1), installed by npm as
 * `@expo-google-fonts/noto-sans-sc` (one complete TrueType file per weight). Nothing here uses
 * the build machine's own fonts.
 *
 * HarfBuzz (harfbuzzjs, WebAssembly) reads the full font to list the characters it covers and
 * to measure text; subset-font (HarfBuzz's subsetter) cuts it down to the characters the cards
 * draw, which resvg then loads from a file (resvg-js 2.6 takes font files, not buffers).
 */

export const FONT_FAMILY = 'Noto Sans SC';
export type Weight = 400 | 700;
export const WEIGHTS: readonly Weight[] = [400, 700];

const SOURCE: Record<Weight, string> = {
	400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
	700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'
};

/** Where the subset font files are written for resvg (a build cache, keyed by content). */
const CACHE_DIR = resolve('node_modules/.cache/share-cards');

/** One weight of the font, read by HarfBuzz. */
export interface Face {
	weight: Weight;
	bytes: Uint8Array;
	/** Every Unicode code point the font has a glyph for (its cmap). */
	codepoints: Set<number>;
	font: hb.Font;
	upem: number;
}

export function readFace(bytes: Uint8Array, weight: Weight): Face {
	const face = new hb.Face(new hb.Blob(bytes));
	return {
		weight,
		bytes,
		codepoints: new Set(face.collectUnicodes()),
		font: new hb.Font(face),
		upem: face.upem
	};
}

let sources: Record<Weight, Face> | undefined;

/** The full font, both weights, from the npm package (read once per build). */
export function sourceFaces(): Record<Weight, Face> {
	if (!sources) {
		const require = createRequire(import.meta.url);
		const read = (w: Weight) => readFace(readFileSync(require.resolve(SOURCE[w])), w);
		sources = { 400: read(400), 700: read(700) };
	}
	return sources;
}

/** The advance width of `text` set in `face` at `size` pixels (shaped by HarfBuzz). */
export function measure(face: Face, text: string, size: number): number {
	const buffer = new hb.Buffer();
	buffer.addText(text);
	buffer.guessSegmentProperties();
	hb.shape(face.font, buffer);
	const advance = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
	return (advance * size) / face.upem;
}

/** The distinct characters of `text` that `face` has no glyph for, in order of appearance. */
export function missingChars(face: Face, text: string): string[] {
	const missing = new Set<string>();
	for (const ch of text) {
		if (!face.codepoints.has(ch.codePointAt(0)!)) missing.add(ch);
	}
	return [...missing];
}

/** A text a card draws, with the weight it is drawn in. */
export interface DrawnText {
	text: string;
	weight: Weight;
}

const codepoint = (ch: string) =>
	`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Throws unless `faces` have a glyph for every character of every text of the card: a missing
 * glyph would be drawn as an empty box. The error names the card and the characters.
 */
export function assertGlyphs(
	card: string,
	texts: DrawnText[],
	faces: Record<Weight, Face>,
	what = `the font ${FONT_FAMILY}`
): void {
	const problems: string[] = [];
	for (const { text, weight } of texts) {
		const missing = missingChars(faces[weight], text);
		if (missing.length > 0) {
			const chars = missing.map((ch) => `"${ch}" (${codepoint(ch)})`).join(', ');
			problems.push(`${chars} in "${text}"`);
		}
	}
	if (problems.length > 0) {
		throw new Error(
			`Share card "${card}": ${what} has no glyph for ${problems.join('; ')}. ` +
				'Change the text, or draw the cards with a font that covers it.'
		);
	}
}

/** The subset fonts resvg draws with: one file per weight, and their faces for checking. */
export interface CardFonts {
	files: string[];
	faces: Record<Weight, Face>;
}

/**
 * Subsets both weights to exactly the characters of `texts` and writes them where resvg can
 * load them. The same characters give the same files, so repeated builds reuse them.
 */
export async function subsetFonts(texts: DrawnText[]): Promise<CardFonts> {
	const full = sourceFaces();
	mkdirSync(CACHE_DIR, { recursive: true });
	const files: string[] = [];
	const faces = {} as Record<Weight, Face>;
	for (const weight of WEIGHTS) {
		const chars = [...new Set(texts.filter((t) => t.weight === weight).flatMap((t) => [...t.text]))]
			.sort()
			.join('');
		const bytes = new Uint8Array(
			await subsetFont(Buffer.from(full[weight].bytes), chars, { targetFormat: 'sfnt' })
		);
		const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
		const file = join(CACHE_DIR, `NotoSansSC-${weight}-${hash}.ttf`);
		if (!existsSync(file)) writeFileSync(file, bytes);
		files.push(file);
		faces[weight] = readFace(bytes, weight);
	}
	return { files, faces };
}
