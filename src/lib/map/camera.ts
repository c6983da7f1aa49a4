/** A MapLibre camera: centre [lon, lat], zoom, pitch and bearing in degrees. */
export interface Camera {
	center: [number, number];
	zoom: number;
	pitch: number;
	bearing: number;
}

export interface Viewport {
	width: number;
	height: number;
	/** Pixels kept free on each side (e.g. where the story text covers the map). */
	padding?: { top: number; right: number; bottom: number; left: number };
}

/** MapLibre's world size in pixels at zoom 0 (512-pixel tiles). */
const WORLD = 512;
export const MAX_ZOOM = 18;
export const MIN_ZOOM = 9;

export function mercatorX(lon: number): number {
	return ((lon + 180) / 360) * WORLD;
}

export function mercatorY(lat: number): number {
	const phi = (lat * Math.PI) / 180;
	return ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * WORLD;
}

function inverseMercatorX(x: number): number {
	return (x / WORLD) * 360 - 180;
}

function inverseMercatorY(y: number): number {
	const n = Math.PI * (1 - (2 * y) / WORLD);
	return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function innerSize(viewport: Viewport): { w: number; h: number } {
	const p = viewport.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
	return {
		w: Math.max(64, viewport.width - p.left - p.right),
		h: Math.max(64, viewport.height - p.top - p.bottom)
	};
}

/**
 * The camera that fits a [west, south, east, north] box into the viewport, centred on the
 * box's Mercator midpoint. `margin` is a fraction of the free area left around the box.
 */
export function fitBounds(
	box: [number, number, number, number],
	viewport: Viewport,
	margin = 0.12
): Camera {
	const [west, south, east, north] = box;
	const x0 = mercatorX(west);
	const x1 = mercatorX(east);
	const y0 = mercatorY(north);
	const y1 = mercatorY(south);
	const { w, h } = innerSize(viewport);
	const usable = 1 - 2 * margin;
	const dx = Math.max(x1 - x0, 1e-9);
	const dy = Math.max(y1 - y0, 1e-9);
	const zoom = Math.log2(Math.min((w * usable) / dx, (h * usable) / dy));
	return {
		center: [inverseMercatorX((x0 + x1) / 2), inverseMercatorY((y0 + y1) / 2)],
		zoom: clamp(zoom, MIN_ZOOM, MAX_ZOOM),
		pitch: 0,
		bearing: 0
	};
}

/** Zoom at which `metres` on the ground spans `pixels` on screen at latitude `lat`. */
export function zoomForDistance(metres: number, pixels: number, lat: number): number {
	const metresPerPixelAtZ0 = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / WORLD;
	return Math.log2((metresPerPixelAtZ0 * pixels) / metres);
}
