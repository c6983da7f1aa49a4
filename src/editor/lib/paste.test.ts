import { describe, expect, it } from 'vitest';
import { geometryFromPoints, parseCoordinates } from './paste';

describe('parseCoordinates: common formats', () => {
	it.each([
		['116.03,29.74', 'comma'],
		['116.03, 29.74', 'comma and space'],
		['116.03\t29.74', 'tab (a spreadsheet cell pair)'],
		['116.03 29.74', 'space'],
		['116.03，29.74', 'full-width comma'],
		['１１６.０３，２９.７４', 'full-width digits'],
		['经度：116.03 纬度：29.74', 'labelled'],
		['  116.03,29.74\n', 'surrounding blanks']
	])('reads "%s" (%s) as lon 116.03, lat 29.74', (text) => {
		expect(parseCoordinates(text)).toEqual({
			ok: true,
			points: [[116.03, 29.74]],
			order: 'lonlat',
			detected: true
		});
	});

	it('detects latitude-first by range ("29.74, 116.03", as Tencent writes it)', () => {
		expect(parseCoordinates('29.74, 116.03')).toEqual({
			ok: true,
			points: [[116.03, 29.74]],
			order: 'latlon',
			detected: true
		});
	});

	it('follows an explicit order, even one that detection would not choose', () => {
		expect(parseCoordinates('29.74,116.03', 'latlon')).toMatchObject({ points: [[116.03, 29.74]] });
		// Outside China detection cannot tell: the person chooses.
		expect(parseCoordinates('2.35,48.85', 'lonlat')).toMatchObject({
			ok: true,
			points: [[2.35, 48.85]],
			detected: false
		});
	});

	it('reads several points, one a line or separated by ";" (Amap and Baidu paths)', () => {
		const expected = [
			[116.01, 29.73],
			[116.02, 29.74],
			[116.03, 29.73]
		];
		expect(parseCoordinates('116.01,29.73;116.02,29.74;116.03,29.73')).toMatchObject({
			points: expected
		});
		expect(parseCoordinates('116.01\t29.73\n116.02\t29.74\n116.03\t29.73')).toMatchObject({
			points: expected
		});
	});
});

describe('parseCoordinates: what it refuses, and says why', () => {
	it('an odd count of numbers', () => {
		const r = parseCoordinates('116.03');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/第 1 行.*找到 1 个/);
	});

	it('an order it cannot detect (outside China), asking the person to choose', () => {
		const r = parseCoordinates('2.35,48.85');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/手动选择顺序/);
	});

	it('points whose orders disagree', () => {
		expect(parseCoordinates('116.03,29.74\n29.75,116.04').ok).toBe(false);
	});

	it('Mercator metres (Baidu BD-09MC) and degrees-minutes-seconds', () => {
		const metres = parseCoordinates('12916754.3,3445563.1');
		expect(metres.ok).toBe(false);
		if (!metres.ok) expect(metres.error).toMatch(/墨卡托/);
		const dms = parseCoordinates('116°01′48″, 29°44′24″');
		expect(dms.ok).toBe(false);
		if (!dms.ok) expect(dms.error).toMatch(/度分秒/);
	});

	it('a latitude beyond ±90 after the chosen order', () => {
		const r = parseCoordinates('29.74,116.03', 'lonlat');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/顺序可能选反/);
	});

	it('nothing at all', () => {
		expect(parseCoordinates(' \n ').ok).toBe(false);
	});
});

describe('geometryFromPoints', () => {
	const a: [number, number] = [116.01, 29.73];
	const b: [number, number] = [116.02, 29.74];
	const c: [number, number] = [116.03, 29.73];

	it('makes a point of one pair, and refuses more for a point', () => {
		expect(geometryFromPoints([a], 'Point')).toEqual({
			ok: true,
			geometry: { type: 'Point', coordinates: a }
		});
		expect(geometryFromPoints([a, b], 'Point').ok).toBe(false);
	});

	it('makes a line of two or more', () => {
		expect(geometryFromPoints([a, b], 'LineString')).toEqual({
			ok: true,
			geometry: { type: 'LineString', coordinates: [a, b] }
		});
		expect(geometryFromPoints([a], 'LineString').ok).toBe(false);
	});

	it('closes an area the person left open, keeps a closed one, refuses fewer than 3 corners', () => {
		const ring = [a, b, c, a];
		expect(geometryFromPoints([a, b, c], 'Polygon')).toEqual({
			ok: true,
			geometry: { type: 'Polygon', coordinates: [ring] }
		});
		expect(geometryFromPoints(ring, 'Polygon')).toEqual({
			ok: true,
			geometry: { type: 'Polygon', coordinates: [ring] }
		});
		expect(geometryFromPoints([a, b], 'Polygon').ok).toBe(false);
	});
});
