import bbox from '@turf/bbox';
import type { Place } from '$lib/places/schema';
import { fitBounds, MIN_ZOOM, type Camera, type Viewport } from './camera';

/** [west, south, east, north] in degrees (WGS-84). */
export type Box = [number, number, number, number];

/**
 * What a view must show, independent of the screen: a box on the ground, the share of the
 * map kept free around it, and the deepest zoom the basemap honestly supports. Resolved to a
 * camera only once the map's real size is known (`frameCamera`), so a phone and a projector
 * each frame the same ground their own way. This is the one place that decides framing.
 */
export interface Frame {
	box: Box;
	/** Fraction of the map's width/height kept free on each side of the box. */
	margin: number;
	maxZoom: number;
	pitch?: number;
	bearing?: number;
}

/** Half-size of the ground shown round a point known to within a few tens of metres. */
export const POINT_HALF_EXTENT_M = 400;
/** Free margin round a place's box. */
export const PLACE_MARGIN = 0.12;

const METRES_PER_DEGREE = 111_320;

/** The box of `half` metres each way round [lon, lat]. */
export function boxAround([lon, lat]: [number, number], half: number): Box {
	const dLat = half / METRES_PER_DEGREE;
	const dLon = half / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
	return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/** Widens a box by `metres` on every side. */
export function widen(box: Box, metres: number): Box {
	if (metres <= 0) return box;
	const [w, s, e, n] = box;
	const mid = (s + n) / 2;
	const [w2, s2] = boxAround([w, mid], metres);
	const [, , e2, n2] = boxAround([e, mid], metres);
	return [w2, s - (mid - s2), e2, n + (n2 - mid)];
}

export function unionBox(boxes: Box[]): Box | null {
	if (boxes.length === 0) return null;
	return boxes.reduce((a, b) => [
		Math.min(a[0], b[0]),
		Math.min(a[1], b[1]),
		Math.max(a[2], b[2]),
		Math.max(a[3], b[3])
	]);
}

/**
 * The ground a place may occupy: its geometry, widened by how far the true position may lie
 * from it (the radius of a derived, approximate, surveyed or geocoded position; a sourced
 * point's own radius only sets how much ground round it is shown). Null without a position.
 */
export function placeBox(place: Place): Box | null {
	const geometry = place.geometry as GeoJSON.Geometry | null;
	if (!geometry) return null;
	const { accuracy, radius_m } = place.properties.position;
	const radius = radius_m ?? 0;
	if (geometry.type === 'Point') {
		return boxAround(
			geometry.coordinates as [number, number],
			Math.max(POINT_HALF_EXTENT_M, radius)
		);
	}
	const box = bbox(geometry) as Box;
	return accuracy === 'sourced' ? box : widen(box, radius);
}

/** The frame showing every placed one of `places` (null when none has a position). */
export function frameOf(places: Place[], maxZoom: number, margin = PLACE_MARGIN): Frame | null {
	const box = unionBox(places.map(placeBox).filter((b): b is Box => b !== null));
	return box ? { box, margin, maxZoom } : null;
}

/** The camera that shows the frame on a map of this size (zoom clamped to what it supports). */
export function frameCamera(frame: Frame, viewport: Viewport): Camera {
	const fitted = fitBounds(frame.box, viewport, frame.margin);
	return {
		center: fitted.center,
		zoom: Math.max(MIN_ZOOM, Math.min(frame.maxZoom, fitted.zoom)),
		pitch: frame.pitch ?? 0,
		bearing: frame.bearing ?? 0
	};
}

export function sameFrame(a: Frame, b: Frame): boolean {
	return (
		a.box.every((v, i) => Math.abs(v - b.box[i]) < 1e-9) &&
		a.margin === b.margin &&
		a.maxZoom === b.maxZoom &&
		(a.pitch ?? 0) === (b.pitch ?? 0) &&
		(a.bearing ?? 0) === (b.bearing ?? 0)
	);
}
