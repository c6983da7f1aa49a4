import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlacesFile, PLACES_FILE } from '../../lib/server/geo-check';
import { STEPS_FILE } from '../../lib/server/story-check';
import type { EditRequest } from '../lib/request';
import { applyEdit, editPosition } from './edit';

type Feature = {
	id: string;
	geometry: GeoJSON.Geometry | null;
	properties: Record<string, unknown>;
};

function files() {
	const dir = mkdtempSync(join(tmpdir(), 'editor-edit-'));
	const places = join(dir, 'places.geojson');
	copyFileSync(PLACES_FILE, places);
	return { places, steps: STEPS_FILE, review: join(dir, 'none.json') };
}
const read = (file: string, slug: string) =>
	(JSON.parse(readFileSync(file, 'utf8')).features as Feature[]).find((f) => f.id === slug)!;

const request = (over: Partial<EditRequest> = {}): EditRequest => ({
	slug: 'gantang-lake',
	geometry: { type: 'Point', coordinates: [115.98000004, 29.72] },
	accuracy: 'surveyed',
	radius_m: 300,
	method: '在天地图影像上取湖面中心，半径覆盖整个湖面。',
	survey: { by: '张三', imagery: '天地图影像', date: '2026-12-02' },
	position_sources: [],
	new_sources: [],
	confirm_overwrite_sourced: false,
	confirm_overwrite_surveyed: false,
	...over
});

describe('applyEdit', () => {
	it('replaces the position, keeps the words-location and everything outside the position', () => {
		const f = files();
		const before = read(f.places, 'gantang-lake');
		const after = applyEdit(before, request());
		expect(after.geometry).toEqual({ type: 'Point', coordinates: [115.98, 29.72] });
		const { position, ...rest } = after.properties;
		const { position: old, ...oldRest } = before.properties;
		expect(rest).toEqual(oldRest);
		expect(position).toEqual({
			accuracy: 'surveyed',
			radius_m: 300,
			method: '在天地图影像上取湖面中心，半径覆盖整个湖面。',
			sources: [],
			description: (old as { description: unknown }).description,
			survey: { by: '张三', imagery: '天地图影像', date: '2026-12-02' }
		});
	});

	it('adds new sources to the feature once, and drops the survey for an approximate position', () => {
		const f = files();
		const source = {
			title: '区政府公示',
			url: 'https://x.example/a',
			date_read: '2026-12-02',
			tier: 'official' as const
		};
		const before = read(f.places, 'gantang-lake');
		const after = applyEdit(
			before,
			request({
				accuracy: 'approximate',
				position_sources: [source.url, source.url],
				new_sources: [source]
			})
		);
		expect(after.properties.sources).toEqual([...(before.properties.sources as unknown[]), source]);
		expect(after.properties.position).toMatchObject({
			accuracy: 'approximate',
			sources: [source.url]
		});
		expect(after.properties.position).not.toHaveProperty('survey');
	});
});

describe('editPosition', () => {
	it('writes a surveyed position that passes the build check; other places untouched', () => {
		const f = files();
		const others = (file: string) =>
			(JSON.parse(readFileSync(file, 'utf8')).features as Feature[]).filter(
				(x) => x.id !== 'gantang-lake'
			);
		const before = others(f.places);
		const result = editPosition(f, request(), false);
		expect(result).toMatchObject({ ok: true, written: true });
		expect(() => checkPlacesFile(f.places)).not.toThrow();
		expect(others(f.places)).toEqual(before);
		expect(read(f.places, 'gantang-lake').properties.position).toMatchObject({
			accuracy: 'surveyed'
		});
	});

	it('refuses a malformed request, saying which field', () => {
		const f = files();
		const result = editPosition(f, { ...request(), survey: undefined, method: 'short' }, false);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems).toEqual([
				'method: one sentence, at least 8 characters',
				'survey: a surveyed position needs who placed it, on what imagery, and when'
			]);
		}
	});

	it('refuses an approximate position without a source, with the build message', () => {
		const f = files();
		const result = editPosition(f, request({ accuracy: 'approximate', survey: undefined }), true);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems).toEqual([
				`${f.places}: feature "gantang-lake": field "properties.position.sources": a approximate position needs a source`
			]);
		}
	});

	it('accepts a point outside the district only with the reason why', () => {
		const f = files();
		const outside = { type: 'Point' as const, coordinates: [116.1, 29.75] as [number, number] };
		expect(editPosition(f, request({ geometry: outside }), true).ok).toBe(false);
		expect(
			editPosition(
				f,
				request({ geometry: outside, outside_district: '湖区跨区，取其东岸码头。' }),
				true
			)
		).toMatchObject({ ok: true, written: false });
	});
});
