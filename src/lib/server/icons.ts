import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { palette } from '$lib/map/palette';

/**
 * PNG icons for the platforms that ignore SVG favicons (iOS home screens, chat apps, older
 * browsers), drawn at build time from the one drawing in `static/favicon.svg`, so they cannot
 * drift from it and no binary is committed.
 */

/** Square PNG site icons: the tab icon and the web manifest's two sizes. */
export const ICON_SIZES = [32, 192, 512] as const;
/** iOS's home-screen icon size (iPhone, @3x). */
export const TOUCH_ICON_SIZE = 180;

const SOURCE = 'static/favicon.svg';

/**
 * The favicon drawing as a `size`-pixel PNG. `opaque` fills the rounded corners with the
 * icon's own teal: iOS rounds the corners itself and shows transparent ones as black.
 */
export function iconPng(size: number, { opaque = false } = {}): Uint8Array {
	const resvg = new Resvg(readFileSync(SOURCE, 'utf8'), {
		fitTo: { mode: 'width', value: size },
		background: opaque ? palette.district : undefined,
		font: { loadSystemFonts: false }
	});
	return resvg.render().asPng();
}

export function pngResponse(png: Uint8Array): Response {
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
