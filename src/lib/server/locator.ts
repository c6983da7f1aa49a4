import { Resvg } from '@resvg/resvg-js';
import bbox from '@turf/bbox';
import { mercatorX, mercatorY } from '$lib/map/camera';
import { palette } from '$lib/map/palette';
import type { Place } from '$lib/places/schema';
import { basemapFile } from './district';

/** Share-card size recommended by the Open Graph consumers (1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;
const MAP = { x: 660, y: 30, width: 510, height: 570 };

type Ring = number[][];

function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A projection of [lon, lat] into the map panel, fitted to `box` (Web Mercator). */
function projector(box: number[]) {
	const [w, s, e, n] = box;
	const x0 = mercatorX(w);
	const y0 = mercatorY(n);
	const scale = Math.min(MAP.width / (mercatorX(e) - x0), MAP.height / (mercatorY(s) - y0));
	const dx = MAP.x + (MAP.width - (mercatorX(e) - x0) * scale) / 2;
	const dy = MAP.y + (MAP.height - (mercatorY(s) - y0) * scale) / 2;
	return ([lon, lat]: number[]) =>
		`${(dx + (mercatorX(lon) - x0) * scale).toFixed(1)},${(dy + (mercatorY(lat) - y0) * scale).toFixed(1)}`;
}

function polygonsOf(geometry: GeoJSON.Geometry): Ring[][] {
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	return [];
}

function pathOf(rings: Ring[], project: (c: number[]) => string): string {
	return rings.map((ring) => `M${ring.map(project).join('L')}Z`).join('');
}

function markOf(g: GeoJSON.Geometry, project: (c: number[]) => string, strong: boolean): string {
	const r = strong ? 11 : 7;
	if (g.type === 'Point') {
		const [x, y] = project(g.coordinates).split(',');
		const halo = strong
			? `<circle cx="${x}" cy="${y}" r="26" fill="${palette.active}" fill-opacity="0.25"/>`
			: '';
		return `${halo}<circle cx="${x}" cy="${y}" r="${r}" fill="${palette.active}" stroke="#fff" stroke-width="3"/>`;
	}
	if (g.type === 'LineString') {
		return `<path d="M${g.coordinates.map(project).join('L')}" fill="none" stroke="${palette.active}" stroke-width="${strong ? 10 : 6}" stroke-linecap="round" stroke-linejoin="round"/>`;
	}
	const rings = polygonsOf(g).flat();
	return `<path d="${pathOf(rings, project)}" fill="${palette.active}" fill-opacity="0.5" stroke="${palette.active}" stroke-width="4"/>`;
}

/**
 * The SVG of a locator card: the district outline and the river, the given geometries marked
 * (dots, lines or areas), a title and a note. No geometry, no mark: never a guessed pin.
 */
export function locatorSvg(title: string, note: string, marks: GeoJSON.Geometry[]): string {
	const water = basemapFile<GeoJSON.FeatureCollection>('water');
	const district = basemapFile<GeoJSON.Feature>('district');
	const box = bbox(district);
	const pad = 0.01;
	const project = projector([box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad]);
	const waterPath = water.features
		.flatMap((f) => polygonsOf(f.geometry))
		.map((rings) => pathOf(rings, project))
		.join('');
	const districtPath = polygonsOf(district.geometry)
		.map((rings) => pathOf(rings, project))
		.join('');
	const mark = marks.map((g) => markOf(g, project, marks.length === 1)).join('');
	const name = escapeXml(title);
	const size = title.length > 10 ? 52 : 64;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<rect width="100%" height="100%" fill="${palette.land}"/>
<clipPath id="panel"><rect x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" rx="12"/></clipPath>
<g clip-path="url(#panel)">
<rect x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" fill="#fbfaf7"/>
<path d="${districtPath}" fill="${palette.district}" fill-opacity="0.07" stroke="${palette.district}" stroke-width="3" stroke-dasharray="10 6"/>
<path d="${waterPath}" fill="${palette.water}" fill-rule="evenodd"/>
${mark}
</g>
<rect x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" rx="12" fill="none" stroke="#d6d0c4" stroke-width="2"/>
<rect x="0" y="0" width="16" height="${CARD.height}" fill="${palette.district}"/>
<text x="60" y="120" font-family="Noto Sans CJK SC, sans-serif" font-size="30" fill="${palette.district}">浔阳 2024 · 地图上的政府工作报告</text>
<text x="60" y="300" font-family="Noto Sans CJK SC, sans-serif" font-size="${size}" font-weight="700" fill="#1f1a14">${name}</text>
<text x="60" y="370" font-family="Noto Sans CJK SC, sans-serif" font-size="28" fill="#5b5247">${escapeXml(note)}</text>
</svg>`;
}

/** The card of one place: its own mark, or none when its position is unknown. */
export function placeCardSvg(place: Place): string {
	const g = place.geometry as GeoJSON.Geometry | null;
	return locatorSvg(
		place.properties.name,
		g ? '位置示意图' : '位置待定，图为全区概貌',
		g ? [g] : []
	);
}

/** An SVG card as PNG bytes (resvg: no browser needed at build time). */
export function cardPng(svg: string): Uint8Array {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD.width },
		font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' }
	});
	return resvg.render().asPng();
}
