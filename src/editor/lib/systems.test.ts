import { describe, expect, it } from 'vitest';
import { wgs84ToBd09, wgs84ToGcj02, type LonLat } from '../../lib/geo/crs';
import { haversine } from '../../lib/geo/distance';
import { convertPasted, PASTE_SYSTEMS, previewFeatures } from './systems';

/** A test point (not data) in Xunyang. */
const TRUE: LonLat = [115.99, 29.725];

describe('convertPasted: the chosen system decides the conversion', () => {
	it('stores WGS-84 and CGCS2000 (Tianditu) coordinates as pasted', () => {
		for (const system of ['WGS84', 'CGCS2000'] as const) {
			const c = convertPasted([TRUE], system);
			expect(c.wgs84).toEqual([TRUE]);
			expect(c.shiftM).toEqual([0]);
		}
	});

	it('brings a GCJ-02 (Amap, Tencent) coordinate back to the true point, 300–700 m away', () => {
		const c = convertPasted([wgs84ToGcj02(TRUE)], 'GCJ02');
		expect(haversine(c.wgs84[0], TRUE)).toBeLessThan(1);
		expect(c.shiftM[0]).toBeGreaterThan(300);
		expect(c.shiftM[0]).toBeLessThan(700);
	});

	it('brings a BD-09 (Baidu) coordinate back too, which lies further off', () => {
		const c = convertPasted([wgs84ToBd09(TRUE)], 'BD09');
		expect(haversine(c.wgs84[0], TRUE)).toBeLessThan(1);
		expect(c.shiftM[0]).toBeGreaterThan(convertPasted([wgs84ToGcj02(TRUE)], 'GCJ02').shiftM[0]);
	});

	it('would put a GCJ-02 coordinate taken for WGS-84 hundreds of metres off (why the choice matters)', () => {
		const wrong = convertPasted([wgs84ToGcj02(TRUE)], 'WGS84').wgs84[0];
		expect(haversine(wrong, TRUE)).toBeGreaterThan(300);
	});
});

describe('PASTE_SYSTEMS', () => {
	it('offers each system once, each with where such coordinates come from', () => {
		expect(PASTE_SYSTEMS.map((s) => s.id).sort()).toEqual(['BD09', 'CGCS2000', 'GCJ02', 'WGS84']);
		for (const s of PASTE_SYSTEMS) expect(s.examples.length).toBeGreaterThan(4);
	});
});

describe('previewFeatures', () => {
	it('shows the pasted point hollow and linked to the converted one when they differ', () => {
		const features = previewFeatures(convertPasted([wgs84ToGcj02(TRUE)], 'GCJ02'), '转换后');
		expect(features.map((f) => f.geometry.type)).toEqual(['LineString', 'Point', 'Point']);
		expect(features[1].properties).toMatchObject({ hollow: true, label: '未转换' });
		expect(features[2].properties).toMatchObject({ hollow: false, label: '转换后' });
	});

	it('shows only the point when nothing was converted', () => {
		expect(previewFeatures(convertPasted([TRUE], 'CGCS2000'), '粘贴的位置')).toHaveLength(1);
	});
});
