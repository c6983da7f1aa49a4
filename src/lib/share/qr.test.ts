import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrCode, qrImage } from './qr';

/** Reads a code back the way a phone camera would: from pixels, with a quiet zone around it. */
function decode(url: string): string | null {
	const code = qrCode(url);
	const scale = 4;
	const quiet = 4;
	const side = (code.size + 2 * quiet) * scale;
	const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let y = 0; y < code.size; y++)
		for (let x = 0; x < code.size; x++) {
			if (!code.get(x, y)) continue;
			for (let dy = 0; dy < scale; dy++)
				for (let dx = 0; dx < scale; dx++) {
					const i = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
					pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
				}
		}
	return jsQR(pixels, side, side)?.data ?? null;
}

describe('QR codes of page addresses', () => {
	const slide = 'https://xunyang-2024.example.cn/site/guoneng-coal-wharf/';

	it('decode to the address they were made from', () => {
		expect(decode(slide)).toBe(slide);
		expect(decode('http://127.0.0.1:4173/present/#coal-wharf')).toBe(
			'http://127.0.0.1:4173/present/#coal-wharf'
		);
	});

	it('keep a slide address to a version-4 code (33 modules), as the README sizes it', () => {
		expect(slide.length).toBeGreaterThan(50);
		expect(qrCode(slide).size).toBe(33);
	});

	it('are an SVG image for an <img>, not markup', () => {
		const image = qrImage(slide);
		expect(image).toMatch(/^data:image\/svg\+xml;base64,/);
		const svg = Buffer.from(image.split(',')[1], 'base64').toString('utf8');
		expect(svg).toContain('viewBox="-1 -1 35 35"');
		expect(svg).not.toMatch(/<script/i);
	});
});
