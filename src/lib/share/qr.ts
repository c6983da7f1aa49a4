// QR codes of a page's address, for the slides and the share buttons. lean-qr (MIT, about
// 4 KB gzip with its SVG export) rather than `qrcode` (about 9 KB): the presentation draws a
// code on its first slide, so the encoder is part of what the deck loads before its map.
import { correction, generate, type Bitmap2D } from 'lean-qr';
import { toSvgDataURL } from 'lean-qr/extras/svg';

/**
 * The code for `url`: error correction at least M (15 % of a blurred or keystoned projection
 * can be lost), higher where the chosen size has room for it.
 */
export function qrCode(url: string): Bitmap2D {
	return generate(url, { minCorrectionLevel: correction.M });
}

/**
 * The code as an SVG image (`data:` URL, for an `<img>`: never markup inserted into the page),
 * black on white with a one-module margin (the card around it adds the rest of the quiet zone).
 */
export function qrImage(url: string): string {
	return toSvgDataURL(qrCode(url), { on: '#000', off: '#fff', pad: 1 });
}
