import { palette } from '$lib/map/palette';
import { ACCURACIES, CATEGORIES, STATUSES } from '$lib/places/labels';
import type { Place } from '$lib/places/schema';
import { SITE_TITLE } from '$lib/site';
import { districtBox } from '../district';
import type { DrawnText, Face, Weight } from './font';
import {
	drawsRadius,
	frameBox,
	metresPerPixel,
	placeFrame,
	placesFrame,
	type Frame,
	type Panel
} from './frame';
import { Ink, type TextBox } from './ink';
import {
	allPlacesSvg,
	basemapSvg,
	insetSvg,
	keepOffMarks,
	scaleBarSvg,
	subjectSvg,
	waterLabelAt,
	type KeepOff
} from './map';

/**
 * The share cards (1200×630, the Open Graph size): the words on the left, the map on the right.
 * A place's card is framed on the place with the whole district as a locator inset; a place
 * with no position gets the district overview and says so, never a guessed pin.
 */

export const CARD = { width: 1200, height: 630 } as const;
/** The map: the right half, edge to edge. */
export const MAP: Panel = { x: 580, y: 0, width: 620, height: 630 };
export const TEXT_X = 64;
export const TEXT_WIDTH = MAP.x - TEXT_X - 40;
const INK = '#1f1a14';
const MUTED = '#5b5247';

export interface Card {
	/** The card's address in the site, e.g. `/site/binjiang-road/og.png`: names it in errors. */
	name: string;
	svg: string;
	/** Every text the card draws, for the glyph check and the font subset. */
	drawn: DrawnText[];
	/** Where each text is drawn. */
	boxes: TextBox[];
}

/** The whole district, filling the map. */
const overviewFrame = () => frameBox(districtBox(), MAP, 0.05);

export const placeCardName = (slug: string) => `/site/${slug}/og.png`;
export const STORY_CARD = '/og.png';

/**
 * The title at the largest size that fits: two lines at 76 px, else three at 64 or 54 (then
 * cut with an ellipsis). `parts` are kept on lines of their own when given.
 */
function title(ink: Ink, parts: string[], top: number): { svg: string; bottom: number } {
	const layout = (size: number, maxLines: number) => {
		const wrapped = parts.map((t) => ink.wrap(t, TEXT_WIDTH, size, 700, maxLines));
		const lines = wrapped.flatMap((w) => w.lines);
		const fits = lines.length <= maxLines && !wrapped.some((w) => w.truncated);
		return {
			size,
			lines: fits ? lines : ink.wrap(parts.join(''), TEXT_WIDTH, size, 700, maxLines).lines,
			fits
		};
	};
	const tries = [layout(76, 2), layout(64, 3), layout(54, 3)];
	const { size, lines } = tries.find((t) => t.fits) ?? tries[tries.length - 1];
	const lineHeight = Math.round(size * 1.2);
	const first = top + size;
	return {
		svg: ink.lines(lines, TEXT_X, first, lineHeight, { size, weight: 700, fill: INK }),
		bottom: first + (lines.length - 1) * lineHeight
	};
}

/** A paragraph of up to `maxLines` lines; returns the baseline of its last line. */
function paragraph(
	ink: Ink,
	text: string,
	y: number,
	style: { size: number; weight?: Weight; fill: string },
	maxLines: number
): { svg: string; bottom: number } {
	const { lines } = ink.wrap(text, TEXT_WIDTH, style.size, style.weight ?? 400, maxLines);
	const lineHeight = Math.round(style.size * 1.35);
	return {
		svg: ink.lines(lines, TEXT_X, y, lineHeight, style),
		bottom: y + (lines.length - 1) * lineHeight
	};
}

/** The site's name at the top and the sketch-map notice at the foot of the words column. */
function chrome(ink: Ink): string {
	return (
		`<rect width="14" height="${CARD.height}" fill="${palette.district}"/>` +
		ink.text(SITE_TITLE, TEXT_X, 76, { size: 26, fill: palette.district }) +
		ink.text('示意图 · 水系 GSHHG · 区界为示意范围', TEXT_X, CARD.height - 40, {
			size: 20,
			fill: '#8a8073'
		})
	);
}

/** How far to trust the drawn position: the kind of position, then what its radius means. */
export function accuracyLines(place: Place): [string, string | null] {
	const { accuracy, radius_m } = place.properties.position;
	const label = ACCURACIES[accuracy];
	if (accuracy === 'unknown' || !radius_m) return [label, null];
	if (drawsRadius(place)) return [label, `圆圈为可能范围，半径约 ${radius_m} 米`];
	if (accuracy === 'sourced' || accuracy === 'surveyed')
		return [label, `误差约 ${radius_m} 米以内`];
	return [label, `可能偏差约 ${radius_m} 米`];
}

/** The place's category and status, once when they say the same (a landmark). */
function factsLine(place: Place): string {
	const { category, status } = place.properties;
	return status === 'landmark'
		? CATEGORIES[category]
		: `${CATEGORIES[category]} · ${STATUSES[status]}`;
}

/** The river's name, in the drawn water as near `near` as it fits clear of `keepOff`. */
function riverLabel(
	ink: Ink,
	frame: Frame,
	near: [number, number],
	keepOff: KeepOff[],
	avoid: Panel[]
): string {
	const size = 28;
	const box = { width: ink.width('长江', size) + 16, height: size + 12 };
	const at = waterLabelAt(frame, box, near, keepOff, avoid);
	if (!at) return '';
	return ink.text('长江', at[0], at[1] + size * 0.36, {
		size,
		fill: palette.waterLabel,
		anchor: 'middle',
		halo: '#fff'
	});
}

const INSET: Panel = { x: CARD.width - 172, y: 18, width: 154, height: 176 };
const BAR = { x: MAP.x + 26, y: CARD.height - 30 };
/** Where the river label must not go: over the inset or the scale bar. */
const TAKEN: Panel[] = [INSET, { x: MAP.x, y: BAR.y - 40, width: 300, height: 70 }];

/** The map of a framed card: basemap, the marks, the river's name, scale bar and inset. */
function framedMap(ink: Ink, frame: Frame, marks: string, keepOff: KeepOff[]): string {
	const centre: [number, number] = [MAP.x + MAP.width / 2, MAP.y + MAP.height / 2];
	return (
		basemapSvg(frame, 'map') +
		marks +
		riverLabel(ink, frame, centre, keepOff, TAKEN) +
		scaleBarSvg(ink, frame, BAR.x, BAR.y, 190) +
		insetSvg(INSET, frame, 'inset')
	);
}

function svgDocument(body: string): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" ` +
		`viewBox="0 0 ${CARD.width} ${CARD.height}">` +
		`<rect width="${CARD.width}" height="${CARD.height}" fill="${palette.land}"/>${body}</svg>`
	);
}

/** The card of one place: framed on it, or the district overview when it has no position. */
export function placeCard(place: Place, faces: Record<Weight, Face>): Card {
	const ink = new Ink(faces);
	const p = place.properties;
	const head = title(ink, [p.name], 120);
	const frame = placeFrame(place, MAP);
	let words = head.svg;
	let map: string;
	if (frame) {
		const [kind, detail] = accuracyLines(place);
		let y = head.bottom + 66;
		const k = paragraph(ink, kind, y, { size: 36, fill: INK }, 1);
		words += k.svg;
		y = k.bottom + 44;
		if (detail) {
			const d = paragraph(ink, detail, y, { size: 26, fill: MUTED }, 2);
			words += d.svg;
			y = d.bottom + 40;
		}
		words += paragraph(ink, factsLine(place), y, { size: 26, fill: MUTED }, 1).svg;
		const g = place.geometry as GeoJSON.Geometry;
		const circle = drawsRadius(place)
			? p.position.radius_m! / metresPerPixel(frame, (g as GeoJSON.Point).coordinates[1])
			: 0;
		const keepOff = keepOffMarks(frame, [place], Math.max(circle, 36) + 12);
		map = framedMap(ink, frame, subjectSvg(frame, place), keepOff);
	} else {
		const unplaced = paragraph(
			ink,
			'尚未标在图上',
			head.bottom + 70,
			{ size: 44, weight: 700, fill: palette.active },
			1
		);
		words += unplaced.svg;
		let y = unplaced.bottom + 54;
		const where = p.position.description?.text;
		if (where) {
			const said = paragraph(ink, `位置描述：${where}`, y, { size: 28, fill: INK }, 2);
			words += said.svg;
			y = said.bottom + 50;
		}
		words += paragraph(ink, factsLine(place), y, { size: 26, fill: MUTED }, 1).svg;
		const overview = overviewFrame();
		const pill = '全区概貌 · 未在图上打点';
		const pw = ink.width(pill, 26) + 44;
		const px = MAP.x + MAP.width / 2;
		map =
			basemapSvg(overview, 'map') +
			riverLabel(ink, overview, [px, MAP.y], [], []) +
			`<rect x="${(px - pw / 2).toFixed(1)}" y="${CARD.height - 84}" width="${pw.toFixed(1)}" height="50" rx="25" fill="#fff" fill-opacity="0.92" stroke="${palette.district}" stroke-opacity="0.4" stroke-width="2"/>` +
			ink.text(pill, px, CARD.height - 50, { size: 26, fill: palette.district, anchor: 'middle' });
	}
	return {
		name: placeCardName(place.id),
		svg: svgDocument(map + chrome(ink) + words),
		drawn: ink.drawn,
		boxes: ink.boxes
	};
}

/**
 * The story's card: framed on every placed place (the whole district in the inset), and how
 * many places are not yet placed.
 */
export function storyCard(places: Place[], faces: Record<Weight, Face>): Card {
	const ink = new Ink(faces);
	const placed = places.filter((p) => p.geometry !== null);
	const head = title(ink, ['2024年', '政府工作报告'], 120);
	const note = paragraph(ink, '报告提到的项目与地点', head.bottom + 66, { size: 32, fill: INK }, 2);
	const count = paragraph(
		ink,
		`图上 ${placed.length} 处 · 尚未标出 ${places.length - placed.length} 处`,
		note.bottom + 48,
		{ size: 26, fill: MUTED },
		1
	);
	const frame = placesFrame(placed, MAP) ?? overviewFrame();
	const map = framedMap(ink, frame, allPlacesSvg(frame, placed), keepOffMarks(frame, placed, 24));
	return {
		name: STORY_CARD,
		svg: svgDocument(map + chrome(ink) + head.svg + note.svg + count.svg),
		drawn: ink.drawn,
		boxes: ink.boxes
	};
}
