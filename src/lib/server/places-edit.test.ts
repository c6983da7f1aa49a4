import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACES_FILE } from './geo-check';
import { changeLines, changeRows, editPlace, type FeatureJson } from './places-edit';

const base = (
	geometry: GeoJSON.Geometry | null,
	position: Record<string, unknown>
): FeatureJson => ({
	id: 'x',
	geometry,
	properties: {
		name: '测试地点',
		sources: [{ title: '来源', url: 'https://a.example/', date_read: '2026-12-01', tier: 'news' }],
		position
	}
});

const unknown = base(null, {
	accuracy: 'unknown',
	radius_m: null,
	method: 'No source gives its position.',
	sources: [],
	description: null
});
const surveyed = base(
	{ type: 'Point', coordinates: [116, 29.73] },
	{
		accuracy: 'surveyed',
		radius_m: 30,
		method: 'Placed on the imagery at the gate.',
		sources: [],
		description: null,
		survey: { by: '张三', imagery: '天地图影像', date: '2026-12-02' }
	}
);

describe('changeRows: the readable diff', () => {
	it('names every changed field of a first placement, old → new', () => {
		const lines = changeLines(changeRows(unknown, surveyed));
		expect(lines).toEqual([
			'  accuracy  unknown → surveyed',
			'  geometry  none → Point [116.000000, 29.730000]',
			'  radius_m  null → 30',
			'  method    No source gives its position. → Placed on the imagery at the gate.',
			'  survey    none → by 张三; imagery 天地图影像; 2026-12-02'
		]);
	});

	it('says how far a point moved, and nothing about fields that did not change', () => {
		const moved = base(
			{ type: 'Point', coordinates: [116.001, 29.73] },
			surveyed.properties.position as Record<string, unknown>
		);
		const rows = changeRows(surveyed, moved);
		expect(rows.map((r) => r.field)).toEqual(['geometry', 'moved']);
		expect(rows[1].note).toBe('97 m');
	});

	it('says how far a point lies from the line or area it replaces', () => {
		const line = base(
			{
				type: 'LineString',
				coordinates: [
					[116, 29.73],
					[116.01, 29.73]
				]
			},
			{}
		);
		const area = base(
			{
				type: 'Polygon',
				coordinates: [
					[
						[116, 29.73],
						[116.01, 29.73],
						[116.01, 29.74],
						[116, 29.73]
					]
				]
			},
			{}
		);
		const inside = base({ type: 'Point', coordinates: [116.008, 29.732] }, {});
		expect(changeRows(line, inside).find((r) => r.field === 'distance')?.note).toBe(
			'222 m from the old line'
		);
		expect(changeRows(area, inside).find((r) => r.field === 'distance')?.note).toBe(
			'inside the old area'
		);
		expect(changeRows(line, inside).find((r) => r.field === 'note')?.note).toBe(
			'one point now stands for the whole LineString'
		);
	});

	it('lists sources added to the feature', () => {
		const after = structuredClone(surveyed);
		(after.properties.sources as unknown[]).push({
			title: '新',
			url: 'https://b.example/',
			date_read: '2026-12-02',
			tier: 'official'
		});
		expect(changeRows(surveyed, after)).toEqual([
			{ field: 'feature.sources', note: 'added https://b.example/' }
		]);
	});
});

/** A temporary copy of the places file. */
function copy(): string {
	const file = join(mkdtempSync(join(tmpdir(), 'places-edit-')), 'places.geojson');
	copyFileSync(PLACES_FILE, file);
	return file;
}

const placeAt =
	(coordinates: [number, number]) =>
	(before: FeatureJson): FeatureJson => ({
		...before,
		geometry: { type: 'Point', coordinates },
		properties: {
			...before.properties,
			position: { ...(surveyed.properties.position as object), description: null }
		}
	});

describe('editPlace', () => {
	it('a dry run checks and describes, and writes nothing', () => {
		const file = copy();
		const before = readFileSync(file, 'utf8');
		const result = editPlace('gantang-lake', placeAt([115.98, 29.72]), {
			placesFile: file,
			dryRun: true
		});
		expect(result).toMatchObject({ ok: true, written: false, confirm: null });
		if (result.ok) expect(result.lines[0]).toBe('gantang-lake (甘棠湖)');
		expect(readFileSync(file, 'utf8')).toBe(before);
	});

	it('refuses a change the build would refuse, naming file, feature and field', () => {
		const file = copy();
		const result = editPlace('gantang-lake', placeAt([116.1, 29.75]), { placesFile: file });
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems[0]).toMatch(
				/feature "gantang-lake": field "geometry": \[116\.1, 29\.75\] lies outside/
			);
	});

	it('guards a sourced position: a dry run reports the confirmation needed, a write refuses without it', () => {
		const file = copy();
		const before = readFileSync(file, 'utf8');
		expect(
			editPlace('suojiang-tower', placeAt([116.002, 29.7392]), { placesFile: file, dryRun: true })
		).toMatchObject({
			ok: true,
			written: false,
			confirm: 'sourced'
		});
		expect(
			editPlace('suojiang-tower', placeAt([116.002, 29.7392]), { placesFile: file })
		).toMatchObject({
			ok: false,
			confirm: 'sourced'
		});
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(
			editPlace('suojiang-tower', placeAt([116.002, 29.7392]), {
				placesFile: file,
				confirmOverwriteSourced: true
			})
		).toMatchObject({ ok: true, written: true });
		expect(readFileSync(file, 'utf8')).not.toBe(before);
	});
});
