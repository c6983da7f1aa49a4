import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPng, TOUCH_ICON_SIZE } from './icons';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const bytes = Buffer.from(png);
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The RGBA of the top-left pixel of a PNG (decoded by drawing it into an SVG with resvg). */
function cornerPixel(png: Uint8Array, size: number): number[] {
	const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size}" height="${size}"><image width="${size}" height="${size}" xlink:href="${href}"/></svg>`;
	const pixels = new Resvg(svg).render().pixels;
	return [...pixels.subarray(0, 4)];
}

describe('PNG icons for platforms that ignore the SVG favicon', () => {
	it.each(ICON_SIZES.map((s) => [s]))('the site icon is %i × %i pixels', (size) => {
		expect(pngSize(iconPng(size))).toEqual({ width: size, height: size });
	});

	it('the site icon keeps the favicon’s rounded, transparent corners', () => {
		expect(cornerPixel(iconPng(192), 192)[3]).toBe(0);
	});

	it('the Apple touch icon is 180 × 180 and opaque to the corners (iOS shows clear ones black)', () => {
		const png = iconPng(TOUCH_ICON_SIZE, { opaque: true });
		expect(pngSize(png)).toEqual({ width: 180, height: 180 });
		expect(cornerPixel(png, 180)).toEqual([0x0f, 0x4c, 0x5c, 255]);
	});
});
