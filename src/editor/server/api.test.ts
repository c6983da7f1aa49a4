import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidationContext, PLACES_FILE } from '../../lib/server/geo-check';
import { judge, writeReview, type Candidate } from '../../lib/server/geocode/review';
import { STEPS_FILE } from '../../lib/server/story-check';
import type { Place } from '../../lib/places/schema';
import { answer, editorFiles, editorState, type EditorConfig } from './api';
import { locationEditor, sameOrigin } from './plugin';

/** Temporary copies of the data, and a review file with one candidate for 甘棠湖. */
function setUp(): EditorConfig {
	const dir = mkdtempSync(join(tmpdir(), 'editor-api-'));
	const places = join(dir, 'places.geojson');
	const steps = join(dir, 'steps.json');
	const review = join(dir, 'review.json');
	copyFileSync(PLACES_FILE, places);
	copyFileSync(STEPS_FILE, steps);
	const lake = (JSON.parse(readFileSync(places, 'utf8')).features as Place[]).find(
		(p) => p.id === 'gantang-lake'
	)!;
	const raw = {
		service: 'tianditu-search-v2' as const,
		query: '甘棠湖',
		result_name: '甘棠湖',
		result_name_from_service: true,
		result_address: '九江市浔阳区',
		coordinates: [115.98, 29.72] as [number, number],
		returned: { poiType: '101' },
		level: 'poiType 101; typeName 风景名胜'
	};
	const candidate: Candidate = {
		number: 1,
		...raw,
		date: '2026-11-27',
		...judge(raw, lake, loadValidationContext().district)
	};
	writeReview(review, {
		generated: '2026-11-27',
		crs: 'CGCS2000',
		docs: [],
		rules: [],
		places: [
			{
				slug: 'gantang-lake',
				name: '甘棠湖',
				accuracy: 'unknown',
				radius_m: null,
				queries: [],
				candidates: [candidate]
			}
		]
	});
	return { files: { places, steps, review }, env: {} };
}

describe('editorFiles', () => {
	it('defaults to the repository files and follows XY_EDITOR_* when set', () => {
		expect(editorFiles({})).toEqual({
			places: 'geo/places.geojson',
			steps: 'src/lib/story/steps.json',
			review: 'geo/review/geocode-candidates.json'
		});
		expect(
			editorFiles({
				XY_EDITOR_PLACES: '/tmp/p',
				XY_EDITOR_STEPS: '/tmp/s',
				XY_EDITOR_REVIEW: '/tmp/r'
			})
		).toEqual({
			places: '/tmp/p',
			steps: '/tmp/s',
			review: '/tmp/r'
		});
	});
});

describe('editorState', () => {
	it('gives the file as it is, its problems, the steps, the candidates and the basemap', () => {
		const config = setUp();
		const state = editorState(config);
		expect(state.features).toHaveLength(
			JSON.parse(readFileSync(PLACES_FILE, 'utf8')).features.length
		);
		expect(state.problems).toEqual([]);
		expect(state.steps.find((s) => s.id === 'coal-wharf')).toMatchObject({ box: null });
		expect(state.candidates['gantang-lake'].candidates[0].verdict).toBe('candidate');
		expect(state.basemap).toEqual({ kind: 'offline' });
		expect(state.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe("answer: a geocoding candidate through geo:accept's own path", () => {
	it('previews without writing, then accepts it as a geocoded position', async () => {
		const config = setUp();
		const before = readFileSync(config.files.places, 'utf8');
		const body = {
			slug: 'gantang-lake',
			number: 1,
			confirm_overwrite_sourced: false,
			confirm_overwrite_surveyed: false
		};
		const preview = await answer('POST', 'candidate/preview', body, config);
		expect(preview.body).toMatchObject({ ok: true, written: false });
		expect(JSON.stringify(preview.body)).toContain('"to":"geocoded"');
		expect(readFileSync(config.files.places, 'utf8')).toBe(before);

		const accepted = await answer('POST', 'candidate/accept', body, config);
		expect(accepted.body).toMatchObject({ ok: true, written: true });
		const lake = JSON.parse(readFileSync(config.files.places, 'utf8')).features.find(
			(f: { id: string }) => f.id === 'gantang-lake'
		);
		expect(lake.properties.position.accuracy).toBe('geocoded');
	});

	it('answers unknown endpoints and methods with an error, not a write', async () => {
		const config = setUp();
		expect((await answer('POST', 'nothing', {}, config)).status).toBe(404);
		expect((await answer('DELETE', 'state', null, config)).status).toBe(405);
	});
});

describe('the plugin', () => {
	it('is applied only to `vite dev` with XY_EDITOR=1, never to a build', () => {
		const apply = locationEditor().apply as (
			c: object,
			e: { command: string; mode: string }
		) => boolean;
		const saved = process.env.XY_EDITOR;
		try {
			process.env.XY_EDITOR = '1';
			expect(apply({}, { command: 'serve', mode: 'development' })).toBe(true);
			expect(apply({}, { command: 'build', mode: 'production' })).toBe(false);
			delete process.env.XY_EDITOR;
			expect(apply({}, { command: 'serve', mode: 'development' })).toBe(false);
		} finally {
			if (saved === undefined) delete process.env.XY_EDITOR;
			else process.env.XY_EDITOR = saved;
		}
	});

	it('takes writes only as JSON from its own origin', () => {
		const json = { 'content-type': 'application/json', host: '127.0.0.1:5173' };
		expect(sameOrigin({ ...json, origin: 'http://127.0.0.1:5173' })).toBe(true);
		expect(sameOrigin(json)).toBe(true);
		expect(sameOrigin({ ...json, origin: 'https://evil.example' })).toBe(false);
		expect(sameOrigin({ host: '127.0.0.1:5173', 'content-type': 'text/plain' })).toBe(false);
	});
});
