import { mercatorX, mercatorY } from '$lib/map/camera';
import { placeBox } from '$lib/map/frame';
import type { Place } from '$lib/places/schema';

/**
 * Which part of the map a card shows, and how lon/lat land on the card (Web Mercator, as on
 * the site's map). Pure functions: no fonts, no files.
 */

/** A rectangle on the card, in pixels. */
export interface Panel {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** [west, south, east, north] in degrees. */
export type LonLatBox = [number, number, number, number];

/** Earth's circumference at the equator, in metres (the figure MapLibre uses). */
const EQUATOR_M = 40075016.686;
/** Metres per Web Mercator unit (the 512-unit world of camera.ts) at latitude `lat`. */
export const metresPerUnit = (lat: number) => (EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / 512;

/**
 * The shortest side of a place's frame, in metres: enough streets and river bank around a point
 * to recognise where it is, even when its position is known to a few metres.
 */
export const MIN_SPAN_M = 3000;
/** The share of the frame's shorter side the place's extent (with its uncertainty) may take. */
export const FILL = 0.6;

export interface Frame {
	panel: Panel;
	/** Mercator units of the frame's top-left corner. */
	x0: number;
	y0: number;
	/** Pixels per Mercator unit. */
	scale: number;
}

/**
 * The frame that shows the lon/lat box `box` in `panel`, centred on it, with at least `margin`
 * (a fraction of the panel) on every side; the box's shape is kept, the frame takes the panel's.
 */
export function frameBox(box: LonLatBox, panel: Panel, margin = 0): Frame {
	const [w, s, e, n] = box;
	const x0 = mercatorX(w);
	const x1 = mercatorX(e);
	const y0 = mercatorY(n);
	const y1 = mercatorY(s);
	const usable = 1 - 2 * margin;
	const scale = Math.min(
		(panel.width * usable) / Math.max(x1 - x0, 1e-12),
		(panel.height * usable) / Math.max(y1 - y0, 1e-12)
	);
	return {
		panel,
		x0: (x0 + x1) / 2 - panel.width / 2 / scale,
		y0: (y0 + y1) / 2 - panel.height / 2 / scale,
		scale
	};
}

/** Where [lon, lat] lands on the card, in pixels. */
export function project(frame: Frame, [lon, lat]: number[]): [number, number] {
	return [
		frame.panel.x + (mercatorX(lon) - frame.x0) * frame.scale,
		frame.panel.y + (mercatorY(lat) - frame.y0) * frame.scale
	];
}

/** Ground metres per card pixel at latitude `lat`. */
export function metresPerPixel(frame: Frame, lat: number): number {
	return metresPerUnit(lat) / frame.scale;
}

const lonOf = (x: number) => (x / 512) * 360 - 180;
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 512))) * 180) / Math.PI;

/** The [lon, lat] under a card pixel. */
export function unproject(frame: Frame, [px, py]: number[]): [number, number] {
	return [
		lonOf(frame.x0 + (px - frame.panel.x) / frame.scale),
		latOf(frame.y0 + (py - frame.panel.y) / frame.scale)
	];
}

/** The lon/lat box the frame shows (for the locator inset's rectangle). */
export function frameBounds(frame: Frame): LonLatBox {
	const { x, y, width, height } = frame.panel;
	const [w, n] = unproject(frame, [x, y]);
	const [e, s] = unproject(frame, [x + width, y + height]);
	return [w, s, e, n];
}

/** Whether the card draws the place's uncertainty circle: a point not placed by a source. */
export function drawsRadius(place: Place): boolean {
	const { accuracy, radius_m } = place.properties.position;
	return (
		place.geometry?.type === 'Point' &&
		(accuracy === 'derived' || accuracy === 'approximate') &&
		Boolean(radius_m)
	);
}

/**
 * The frame for a lon/lat extent: the extent takes at most {@link FILL} of the panel's shorter
 * side, and that side spans at least {@link MIN_SPAN_M}, about the extent's centre.
 */
export function fitExtent(extent: LonLatBox, panel: Panel): Frame {
	const lat = (extent[1] + extent[3]) / 2;
	const fitted = frameBox(extent, panel, (1 - FILL) / 2);
	const shortSide = Math.min(panel.width, panel.height);
	const maxScale = (shortSide * metresPerUnit(lat)) / MIN_SPAN_M;
	if (fitted.scale <= maxScale) return fitted;
	const cx = fitted.x0 + panel.width / 2 / fitted.scale;
	const cy = fitted.y0 + panel.height / 2 / fitted.scale;
	return {
		panel,
		x0: cx - panel.width / 2 / maxScale,
		y0: cy - panel.height / 2 / maxScale,
		scale: maxScale
	};
}

/**
 * The lon/lat box of a place: the ground it may occupy, as every map of the site frames it
 * (map/frame.ts: its geometry widened by its uncertainty).
 */
export function placeExtent(place: Place): LonLatBox | null {
	return placeBox(place);
}

/** A place's own frame ({@link fitExtent} of {@link placeExtent}); null with no geometry. */
export function placeFrame(place: Place, panel: Panel): Frame | null {
	const extent = placeExtent(place);
	return extent && fitExtent(extent, panel);
}

/** The frame round every placed place (the story's card); null when none is placed. */
export function placesFrame(places: Place[], panel: Panel): Frame | null {
	const boxes = places.map(placeExtent).filter((b): b is LonLatBox => b !== null);
	if (boxes.length === 0) return null;
	return fitExtent(
		[
			Math.min(...boxes.map((b) => b[0])),
			Math.min(...boxes.map((b) => b[1])),
			Math.max(...boxes.map((b) => b[2])),
			Math.max(...boxes.map((b) => b[3]))
		],
		panel
	);
}
