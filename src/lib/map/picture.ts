import { mercatorX, mercatorY, MIN_ZOOM } from './camera';
import type { Box, Frame } from './frame';

/**
 * A prerendered picture of a map view (an SVG file drawn at build time from the same data as
 * the map): what the reader sees before MapLibre starts, and instead of it without WebGL.
 * It covers `extent`, drawn so one picture unit is one screen pixel at the frame's deepest
 * zoom, and is placed by CSS alone (container query units) exactly where the live map will
 * put the same ground, so swapping the live map in does not move anything.
 */
export interface Picture {
	src: string;
	extent: Box;
}

/** Widest and tallest map shapes the picture must fill (width:height). */
const ASPECT = 3;
/** The largest map, in px, the picture must fill at the frame's deepest zoom. */
const MAX_MAP = { width: 2560, height: 1600 };

/** Zoom-0 Mercator units (MapLibre's 512-px world) of a box: [x0, y0, x1, y1], y down. */
export function mercatorBox([w, s, e, n]: Box): [number, number, number, number] {
	return [mercatorX(w), mercatorY(n), mercatorX(e), mercatorY(s)];
}

function inverse(x: number, y: number): [number, number] {
	const lon = (x / 512) * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 512))) * 180) / Math.PI;
	return [lon, lat];
}

/** The ground a picture must cover so no map shape or size shows its edge. */
export function pictureExtent(frame: Frame): Box {
	const [x0, y0, x1, y1] = mercatorBox(frame.box);
	const usable = 1 - 2 * frame.margin;
	const dx = Math.max(x1 - x0, 1e-9);
	const dy = Math.max(y1 - y0, 1e-9);
	const deepest = 2 ** frame.maxZoom;
	const halfW = Math.max(dx / usable, (ASPECT * dy) / usable, MAX_MAP.width / deepest) / 2;
	const halfH = Math.max(dy / usable, (ASPECT * dx) / usable, MAX_MAP.height / deepest) / 2;
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	const [west, north] = inverse(cx - halfW, cy - halfH);
	const [east, south] = inverse(cx + halfW, cy + halfH);
	return [west, south, east, north];
}

/** Picture units per zoom-0 unit: one unit is one screen pixel at the frame's deepest zoom. */
export const unitsPerMercator = (frame: Frame) => 2 ** frame.maxZoom;

/**
 * The CSS custom properties that place the picture (see MapPicture.svelte). The scale --s is
 * the live map's: fitted to the frame with its margin, clamped to the zoom range, so both
 * agree on every map size.
 */
export function pictureVars(frame: Frame, extent: Box): Record<string, string> {
	const k = unitsPerMercator(frame);
	const [bx0, by0, bx1, by1] = mercatorBox(frame.box);
	const [ex0, ey0, ex1, ey1] = mercatorBox(extent);
	const usable = 1 - 2 * frame.margin;
	const num = (v: number) => String(Number(v.toPrecision(8)));
	return {
		'--kx': num(usable / Math.max((bx1 - bx0) * k, 1e-9)),
		'--ky': num(usable / Math.max((by1 - by0) * k, 1e-9)),
		'--smin': num(2 ** (MIN_ZOOM - frame.maxZoom)),
		'--pw': num((ex1 - ex0) * k),
		'--ph': num((ey1 - ey0) * k),
		'--ox': num(((bx0 + bx1) / 2 - ex0) * k),
		'--oy': num(((by0 + by1) / 2 - ey0) * k)
	};
}
