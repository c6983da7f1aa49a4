import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import { mercatorX, mercatorY } from '$lib/map/camera';
import type { MapState } from '$lib/map/controller';
import type { Box, Frame } from '$lib/map/frame';
import { categoryColours, palette } from '$lib/map/palette';
import { mercatorBox, unitsPerMercator } from '$lib/map/picture';
import { BAND_OPACITY } from '$lib/map/style';
import { displayWater } from './basemap-display';
import { basemapFile } from './district';

type Position = number[];

/** Draws [lon, lat] positions in picture units (see map/picture.ts), to 0.1 unit. */
function projector(frame: Frame, extent: Box) {
	const k = unitsPerMercator(frame);
	const [ex0, ey0] = mercatorBox(extent);
	return ([lon, lat]: Position) =>
		`${((mercatorX(lon) - ex0) * k).toFixed(1)} ${((mercatorY(lat) - ey0) * k).toFixed(1)}`;
}

function polygonsOf(g: GeoJSON.Geometry): Position[][][] {
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	return [];
}

function linesOf(g: GeoJSON.Geometry): Position[][] {
	if (g.type === 'LineString') return [g.coordinates];
	if (g.type === 'MultiLineString') return g.coordinates;
	if (g.type === 'Polygon') return g.coordinates;
	if (g.type === 'MultiPolygon') return g.coordinates.flat();
	return [];
}

const ringPath = (ring: Position[], p: (c: Position) => string) =>
	ring.length > 0 ? `M${ring.map(p).join('L')}Z` : '';
const linePath = (line: Position[], p: (c: Position) => string) =>
	line.length > 1 ? `M${line.map(p).join('L')}` : '';

/**
 * The part of a layer inside the picture, simplified to what shows: half a picture unit at the
 * deepest zoom (half a screen pixel at most, less when the map is zoomed out).
 */
function clipped(features: GeoJSON.Feature[], extent: Box, frame: Frame): GeoJSON.Geometry[] {
	const tolerance = (0.5 / unitsPerMercator(frame)) * (360 / 512);
	return features.flatMap((f) => {
		if (!f.geometry) return [];
		const cut = bboxClip(f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.LineString>, extent);
		const simple = simplify(cut, { tolerance, highQuality: false });
		return simple.geometry ? [simple.geometry as GeoJSON.Geometry] : [];
	});
}

/** A dot of `size` screen px that keeps its size however the picture is scaled. */
function dot(at: string, size: number, colour: string, opacity = 1): string {
	return `<path d="M${at}h0" stroke="${colour}" stroke-opacity="${opacity}" stroke-width="${size}" stroke-linecap="round" vector-effect="non-scaling-stroke"/>`;
}

/** How the places are drawn, as the live map's layer switches (see MapController.setLayers). */
export interface PictureLook {
	/** Colour places by category. */
	byCategory?: boolean;
	/** The uncertainty circle of every derived or approximate point, not only lit ones. */
	allRadii?: boolean;
}

/**
 * The SVG picture of a map state: the offline sketch (land, river, neighbours, district
 * outline) and the places, lit or dimmed as the live map would show them, with the
 * uncertainty circle of a lit derived or approximate point. No text: the page names places.
 */
export function pictureSvg(
	state: MapState,
	extent: Box,
	places: GeoJSON.FeatureCollection,
	{ byCategory = false, allRadii = false }: PictureLook = {}
): string {
	const { frame } = state;
	const p = projector(frame, extent);
	const [ex0, ey0, ex1, ey1] = mercatorBox(extent);
	const k = unitsPerMercator(frame);
	const width = ((ex1 - ex0) * k).toFixed(1);
	const height = ((ey1 - ey0) * k).toFixed(1);
	const water = clipped(displayWater().features, extent, frame)
		.flatMap(polygonsOf)
		.map((rings) => rings.map((r) => ringPath(r, p)).join(''))
		.join('');
	const neighbours = clipped(
		basemapFile<GeoJSON.FeatureCollection>('neighbours').features,
		extent,
		frame
	)
		.flatMap(linesOf)
		.map((l) => linePath(l, p))
		.join('');
	const district = clipped([basemapFile<GeoJSON.Feature>('district')], extent, frame)
		.flatMap(polygonsOf)
		.map((rings) => rings.map((r) => ringPath(r, p)).join(''))
		.join('');

	const active = new Set(state.active);
	const look = (slug: string, category: keyof typeof categoryColours) =>
		active.has(slug)
			? { colour: palette.active, lit: true }
			: byCategory
				? { colour: categoryColours[category] ?? palette.place, lit: false }
				: state.dimOthers
					? { colour: palette.placeDim, lit: false }
					: { colour: palette.place, lit: false };
	const shapes: string[] = [];
	const marks: string[] = [];
	// Dimmed places first, lit ones on top, as on the live map.
	const ordered = places.features
		.filter((f) => !f.properties?.label_point)
		.sort(
			(a, b) => Number(active.has(a.properties?.slug)) - Number(active.has(b.properties?.slug))
		);
	for (const feature of ordered) {
		const g = feature.geometry;
		const slug = String(feature.properties?.slug);
		const { colour, lit } = look(slug, feature.properties?.category);
		if (g.type === 'Point') {
			const at = p(g.coordinates);
			const r0 = Number(feature.properties?.radius_z0);
			if ((lit || allRadii) && r0 > 0) {
				// radius_z0 is in zoom-0 screen pixels: the same in picture units times k.
				const [x, y] = at.split(' ');
				const [fill, stroke] = lit ? [0.1, 0.7] : [0.07, 0.6];
				shapes.push(
					`<circle cx="${x}" cy="${y}" r="${(r0 * k).toFixed(1)}" fill="${colour}" fill-opacity="${fill}" stroke="${colour}" stroke-opacity="${stroke}" stroke-width="1.5" vector-effect="non-scaling-stroke"/>`
				);
			}
			// Lit, plain (nothing dimmed) or dimmed, sized as the live map's place-point layer.
			const [halo, size, opacity] = lit
				? [24, 18, 1]
				: state.dimOthers
					? [11, 8, 0.6]
					: [15, 12, 0.95];
			marks.push(dot(at, halo, palette.halo), dot(at, size, colour, opacity));
		} else if (g.type === 'LineString' || g.type === 'MultiLineString') {
			const d = linesOf(g)
				.map((l) => linePath(l, p))
				.join('');
			const r0 = Number(feature.properties?.radius_z0);
			if ((lit || allRadii) && r0 > 0) {
				// The band the line may lie in: radius_z0 each side, scaling with the picture.
				shapes.push(
					`<path class="band" d="${d}" fill="none" stroke="${colour}" stroke-opacity="${lit ? BAND_OPACITY.lit : BAND_OPACITY.all}" stroke-width="${(2 * r0 * k).toFixed(1)}" stroke-linecap="round" stroke-linejoin="round"/>`
				);
			}
			shapes.push(
				`<path d="${d}" fill="none" stroke="${colour}" stroke-opacity="${lit ? 0.85 : state.dimOthers ? 0.5 : 0.8}" stroke-width="${lit ? 6 : state.dimOthers ? 2 : 3.5}" stroke-linecap="round" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`
			);
		} else {
			const d = polygonsOf(g)
				.map((rings) => rings.map((r) => ringPath(r, p)).join(''))
				.join('');
			shapes.push(
				`<path d="${d}" fill="${colour}" fill-opacity="${lit ? 0.45 : 0.12}" fill-rule="evenodd"/>`
			);
		}
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${palette.land}"/>
<path d="${water}" fill="${palette.water}" fill-rule="evenodd"/>
<path d="${neighbours}" fill="none" stroke="${palette.neighbour}" stroke-width="0.8" vector-effect="non-scaling-stroke"/>
<path d="${district}" fill="${palette.district}" fill-opacity="0.05" stroke="${palette.district}" stroke-opacity="0.8" stroke-width="1.6" stroke-dasharray="5 3.3" vector-effect="non-scaling-stroke"/>
${shapes.join('\n')}
${marks.join('\n')}
</svg>`;
}
