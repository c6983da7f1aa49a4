import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { palette } from '$lib/map/palette';
import type { Place } from '$lib/places/schema';
import { displayWater } from '../basemap-display';
import { basemapFile, districtBox } from '../district';
import {
	drawsRadius,
	frameBounds,
	frameBox,
	metresPerPixel,
	project,
	unproject,
	type Frame,
	type Panel
} from './frame';
import type { Ink } from './ink';

/** The map drawings of a card: the sketch basemap, the place, the locator inset, a scale bar. */

type Ring = number[][];

/** The river as the site's maps draw it (smoothed for display, see basemap-display.ts). */
const water = () => displayWater() as GeoJSON.FeatureCollection<GeoJSON.Polygon>;
const district = () =>
	basemapFile<GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>>('district');

function polygonsOf(geometry: GeoJSON.Geometry): Ring[][] {
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	return [];
}

const xy = ([x, y]: [number, number]) => `${x.toFixed(1)},${y.toFixed(1)}`;

function ringsPath(frame: Frame, rings: Ring[]): string {
	return rings.map((ring) => `M${ring.map((c) => xy(project(frame, c))).join('L')}Z`).join('');
}

function geometryPath(frame: Frame, geometry: GeoJSON.Geometry): string {
	return polygonsOf(geometry)
		.map((rings) => ringsPath(frame, rings))
		.join('');
}

const rect = (p: Panel, attrs: string) =>
	`<rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" ${attrs}/>`;

/**
 * The sketch basemap in `frame`, clipped to its panel: land, the Yangtze (GSHHG), the district
 * (示意范围) tinted and outlined. `detail` scales line widths (1 for the main map).
 */
export function basemapSvg(frame: Frame, clipId: string, detail = 1): string {
	const rivers = water()
		.features.map((f) => geometryPath(frame, f.geometry))
		.join('');
	const outline = geometryPath(frame, district().geometry);
	const dash = `${(10 * detail).toFixed(1)} ${(6 * detail).toFixed(1)}`;
	return (
		`<clipPath id="${clipId}">${rect(frame.panel, '')}</clipPath>` +
		`<g clip-path="url(#${clipId})">` +
		rect(frame.panel, `fill="${palette.land}"`) +
		`<path d="${rivers}" fill="${palette.water}" fill-rule="evenodd"/>` +
		`<path d="${outline}" fill="${palette.district}" fill-opacity="0.06" stroke="${palette.district}" ` +
		`stroke-width="${(3 * detail).toFixed(1)}" stroke-dasharray="${dash}" stroke-opacity="0.85"/>` +
		`</g>`
	);
}

/** The place drawn as the card's subject: its uncertainty circle, then a dot, line or area. */
export function subjectSvg(frame: Frame, place: Place): string {
	const g = place.geometry as GeoJSON.Geometry;
	let out = '';
	if (g.type === 'Point') {
		const [x, y] = project(frame, g.coordinates);
		if (drawsRadius(place)) {
			const r = place.properties.position.radius_m! / metresPerPixel(frame, g.coordinates[1]);
			out +=
				`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${palette.active}" ` +
				`fill-opacity="0.13" stroke="${palette.active}" stroke-width="4" stroke-dasharray="14 9"/>`;
		}
		out +=
			`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="36" fill="${palette.active}" fill-opacity="0.22"/>` +
			`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="21" fill="${palette.active}" stroke="#fff" stroke-width="5"/>`;
	} else if (g.type === 'LineString') {
		const d = `M${g.coordinates.map((c) => xy(project(frame, c))).join('L')}`;
		const join = 'fill="none" stroke-linecap="round" stroke-linejoin="round"';
		out +=
			`<path d="${d}" ${join} stroke="#fff" stroke-width="20"/>` +
			`<path d="${d}" ${join} stroke="${palette.active}" stroke-width="11"/>`;
	} else {
		out +=
			`<path d="${geometryPath(frame, g)}" fill="${palette.active}" fill-opacity="0.35" ` +
			`stroke="${palette.active}" stroke-width="5" stroke-linejoin="round"/>`;
	}
	return out;
}

/** Every placed place as a small mark (the story's overview card). */
export function allPlacesSvg(frame: Frame, places: Place[]): string {
	return places
		.map((p) => {
			if (!p.geometry) return '';
			const g = p.geometry as GeoJSON.Geometry;
			if (g.type === 'Point') {
				const [x, y] = project(frame, g.coordinates);
				return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="11" fill="${palette.place}" stroke="#fff" stroke-width="3.5"/>`;
			}
			if (g.type === 'LineString') {
				const d = `M${g.coordinates.map((c) => xy(project(frame, c))).join('L')}`;
				return `<path d="${d}" fill="none" stroke="${palette.place}" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>`;
			}
			return `<path d="${geometryPath(frame, g)}" fill="${palette.place}" fill-opacity="0.4" stroke="${palette.place}" stroke-width="3"/>`;
		})
		.join('');
}

/**
 * The locator inset: the whole district, with the main frame's rectangle on it (a ring round
 * its centre when the rectangle would be too small to see).
 */
export function insetSvg(panel: Panel, main: Frame, clipId: string): string {
	const inset = frameBox(districtBox(), panel, 0.07);
	const [w, s, e, n] = frameBounds(main);
	const [x0, y0] = project(inset, [w, n]);
	const [x1, y1] = project(inset, [e, s]);
	const small = Math.max(x1 - x0, y1 - y0) < 16;
	const box = small
		? `<circle cx="${((x0 + x1) / 2).toFixed(1)}" cy="${((y0 + y1) / 2).toFixed(1)}" r="9" fill="none" stroke="${palette.active}" stroke-width="5"/>`
		: `<rect x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" width="${(x1 - x0).toFixed(1)}" height="${(y1 - y0).toFixed(1)}" fill="${palette.active}" fill-opacity="0.3" stroke="${palette.active}" stroke-width="5"/>`;
	return (
		rect(panel, `fill="#fff" rx="10"`) +
		basemapSvg(inset, clipId, 0.45) +
		`<g clip-path="url(#${clipId})">${box}</g>` +
		rect(
			panel,
			`fill="none" stroke="${palette.district}" stroke-opacity="0.55" stroke-width="2.5" rx="10"`
		)
	);
}

/** A scale bar of a round length at most `maxPx` long, its left end at (x, y). */
export function scaleBarSvg(ink: Ink, frame: Frame, x: number, y: number, maxPx: number): string {
	const lat = unproject(frame, [x, y])[1];
	const mpp = metresPerPixel(frame, lat);
	const metres = [100, 200, 500, 1000, 2000, 5000, 10000].filter((m) => m / mpp <= maxPx).pop();
	if (!metres) return '';
	const px = metres / mpp;
	const label = metres >= 1000 ? `${metres / 1000} 公里` : `${metres} 米`;
	const bar = `M${x},${y - 9}V${y}H${(x + px).toFixed(1)}V${y - 9}`;
	return (
		`<path d="${bar}" fill="none" stroke="#fff" stroke-width="7" stroke-linejoin="round"/>` +
		`<path d="${bar}" fill="none" stroke="#3b2f25" stroke-width="3"/>` +
		ink.text(label, x + px + 10, y + 2, { size: 22, fill: '#3b2f25', halo: '#fff' })
	);
}

/** A circle on the card the river's name must stay out of. */
export interface KeepOff {
	x: number;
	y: number;
	r: number;
}

/** Circles round what a card marks for `places` (each vertex of a line or area). */
export function keepOffMarks(frame: Frame, places: Place[], r: number): KeepOff[] {
	return places.flatMap((p) => {
		if (!p.geometry) return [];
		const g = p.geometry as GeoJSON.Geometry;
		const coords: number[][] =
			g.type === 'Point'
				? [g.coordinates]
				: g.type === 'LineString'
					? g.coordinates
					: polygonsOf(g).flat(2);
		return coords.map((c) => {
			const [x, y] = project(frame, c);
			return { x, y, r };
		});
	});
}

/**
 * Where the river's name (a `size` box) fits inside the drawn water: as near `near` (a card
 * pixel) as it can, clear of the `keepOff` circles and the `avoid` rectangles. Null when it
 * fits nowhere in the frame.
 */
export function waterLabelAt(
	frame: Frame,
	size: { width: number; height: number },
	near: [number, number],
	keepOff: KeepOff[],
	avoid: Panel[]
): [number, number] | null {
	const river = water().features.find((f) => f.properties?.kind === 'river');
	if (!river) return null;
	const { panel } = frame;
	const hw = size.width / 2;
	const hh = size.height / 2;
	const inside = (px: number, py: number) =>
		booleanPointInPolygon(unproject(frame, [px, py]), river);
	const hits = (a: Panel, cx: number, cy: number) =>
		cx + hw > a.x && cx - hw < a.x + a.width && cy + hh > a.y && cy - hh < a.y + a.height;
	const candidates: [number, number, number][] = [];
	for (let cy = panel.y + hh + 14; cy <= panel.y + panel.height - hh - 14; cy += 24) {
		for (let cx = panel.x + hw + 14; cx <= panel.x + panel.width - hw - 14; cx += 24) {
			if (keepOff.some((k) => Math.hypot(cx - k.x, cy - k.y) < k.r + hw)) continue;
			if (avoid.some((a) => hits(a, cx, cy))) continue;
			candidates.push([cx, cy, Math.hypot(cx - near[0], cy - near[1])]);
		}
	}
	candidates.sort((a, b) => a[2] - b[2]);
	for (const [cx, cy] of candidates) {
		const probes = [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => [cx + i * hw, cy + j * hh]));
		if (probes.every(([px, py]) => inside(px, py))) return [cx, cy];
	}
	return null;
}
