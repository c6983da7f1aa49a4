/**
 * Reads coordinates a person pasted from a map site, a spreadsheet or a document:
 * "116.03,29.74", "29.74, 116.03", "116.03<TAB>29.74", "116.03 29.74", full-width "116.03，29.74",
 * several points one per line or separated by ";" (Amap and Baidu write paths so).
 *
 * The order of longitude and latitude is either chosen by the person or detected by range:
 * around China longitudes are 73–136 and latitudes 3–54, which never overlap, so a pair tells
 * its own order. Nothing is guessed beyond that: anything else is an error saying what to fix.
 */
import type { LonLat } from '../../lib/geo/crs';
import type { DrawnGeometry } from './request';

export type AxisOrder = 'auto' | 'lonlat' | 'latlon';

export type PasteResult =
	| { ok: true; points: LonLat[]; order: 'lonlat' | 'latlon'; detected: boolean }
	| { ok: false; error: string };

const CHINA_LON: [number, number] = [73, 136];
const CHINA_LAT: [number, number] = [3, 54];
const within = (v: number, [lo, hi]: [number, number]) => v >= lo && v <= hi;

/** Full-width digits and marks (from Chinese documents) → their ASCII forms. */
function normalise(text: string): string {
	return text
		.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[，、]/g, ',')
		.replace(/；/g, ';')
		.replace(/．/g, '.')
		.replace(/－/g, '-')
		.replace(/\u3000/g, ' ');
}

function orderOf([a, b]: [number, number]): 'lonlat' | 'latlon' | null {
	if (within(a, CHINA_LON) && within(b, CHINA_LAT)) return 'lonlat';
	if (within(a, CHINA_LAT) && within(b, CHINA_LON)) return 'latlon';
	return null;
}

export function parseCoordinates(text: string, order: AxisOrder = 'auto'): PasteResult {
	const clean = normalise(text);
	if (/[°′″]|\d\s*度\s*\d+(?:\.\d+)?\s*分/.test(clean)) {
		return {
			ok: false,
			error: '不支持度分秒格式：请换算为十进制度（如 116.0345）后再粘贴。'
		};
	}
	const records = clean
		.split(/[\n;]+/)
		.map((r) => r.trim())
		.filter(Boolean);
	if (records.length === 0) return { ok: false, error: '没有坐标：请粘贴“经度,纬度”。' };

	const pairs: [number, number][] = [];
	for (const [i, record] of records.entries()) {
		const numbers = (record.match(/[-+]?\d+(?:\.\d+)?/g) ?? []).map(Number);
		if (numbers.length === 0 || numbers.length % 2 !== 0) {
			return {
				ok: false,
				error: `第 ${i + 1} 行“${record}”：应为成对的两个数（经度和纬度），找到 ${numbers.length} 个。`
			};
		}
		for (let k = 0; k < numbers.length; k += 2) pairs.push([numbers[k], numbers[k + 1]]);
	}

	if (pairs.some(([a, b]) => Math.abs(a) > 180 || Math.abs(b) > 180)) {
		return {
			ok: false,
			error:
				'数值超出经纬度范围：这可能是以米为单位的墨卡托坐标（如百度的 BD-09MC）。请在拾取工具中改为经纬度后再粘贴。'
		};
	}

	let chosen: 'lonlat' | 'latlon';
	const detected = order === 'auto';
	if (detected) {
		const orders = pairs.map(orderOf);
		if (orders.some((o) => o === null) || new Set(orders).size > 1) {
			return {
				ok: false,
				error: '无法从数值判断哪个是经度、哪个是纬度（不在中国范围内或前后不一）：请手动选择顺序。'
			};
		}
		chosen = orders[0]!;
	} else {
		chosen = order;
	}
	const points = pairs.map(([a, b]) => (chosen === 'lonlat' ? [a, b] : [b, a]) as LonLat);
	const bad = points.find(([lon, lat]) => Math.abs(lon) > 180 || Math.abs(lat) > 90);
	if (bad) {
		return { ok: false, error: `纬度 ${bad[1]} 超出 −90…90：经纬度顺序可能选反了。` };
	}
	return { ok: true, points, order: chosen, detected };
}

export type Shape = 'Point' | 'LineString' | 'Polygon';

/**
 * The shape pasted points make: one point is a point; several are a line or, closed if the
 * person did not repeat the first point, an area.
 */
export function geometryFromPoints(
	points: LonLat[],
	shape: Shape
): { ok: true; geometry: DrawnGeometry } | { ok: false; error: string } {
	if (shape === 'Point') {
		if (points.length !== 1)
			return { ok: false, error: `一个点只要一对坐标，粘贴了 ${points.length} 对。` };
		return { ok: true, geometry: { type: 'Point', coordinates: points[0] } };
	}
	if (shape === 'LineString') {
		if (points.length < 2) return { ok: false, error: '一条线至少要两对坐标。' };
		return { ok: true, geometry: { type: 'LineString', coordinates: points } };
	}
	const [first] = points;
	const last = points[points.length - 1];
	const closed = points.length > 1 && first[0] === last[0] && first[1] === last[1];
	const ring = closed ? points : [...points, first];
	if (ring.length < 4) return { ok: false, error: '一个面至少要三对不同的坐标。' };
	return { ok: true, geometry: { type: 'Polygon', coordinates: [ring] } };
}
