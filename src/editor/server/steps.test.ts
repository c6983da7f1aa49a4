import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { loadValidationContext, PLACES_FILE } from '../../lib/server/geo-check';
import { STEPS_FILE } from '../../lib/server/story-check';
import { formatStory, withViewBox, writeStepView } from './steps';

const { paragraphs } = loadValidationContext();
const places = new Set(
	(JSON.parse(readFileSync(PLACES_FILE, 'utf8')).features as { id: string }[]).map((f) => f.id)
);
const ctx = { paragraphs, places };

function copy(): string {
	const file = join(mkdtempSync(join(tmpdir(), 'editor-steps-')), 'steps.json');
	copyFileSync(STEPS_FILE, file);
	return file;
}
const stepOf = (file: string, id: string) =>
	JSON.parse(readFileSync(file, 'utf8')).steps.find((s: { id: string }) => s.id === id);

describe('withViewBox', () => {
	it('puts a new view before notes, as the schema lists it', () => {
		const step = { id: 'a', title: 't', places: [], notes: 'n' };
		expect(Object.keys(withViewBox(step, [1, 2, 3, 4]))).toEqual([
			'id',
			'title',
			'places',
			'view',
			'notes'
		]);
	});

	it('keeps pitch and bearing when the box goes, and drops an empty view', () => {
		const step = { id: 'a', view: { box: [1, 2, 3, 4], pitch: 30 } };
		expect(withViewBox(step, null)).toEqual({ id: 'a', view: { pitch: 30 } });
		expect(withViewBox({ id: 'a', view: { box: [1, 2, 3, 4] } }, null)).toEqual({ id: 'a' });
	});
});

describe('formatStory', () => {
	it('reproduces the committed story file byte for byte (prettier-clean)', async () => {
		const text = readFileSync(STEPS_FILE, 'utf8');
		expect(await formatStory(JSON.parse(text))).toBe(text);
	});
});

describe('writeStepView', () => {
	it('writes the rounded box into the step, prettier-clean, and clearing it restores the file', async () => {
		const file = copy();
		const result = await writeStepView(
			file,
			{ id: 'coal-wharf', box: [116.019163, 29.732771, 116.040841, 29.757229] },
			ctx
		);
		expect(result).toEqual({
			ok: true,
			written: true,
			id: 'coal-wharf',
			before: null,
			after: [116.01916, 29.73277, 116.04085, 29.75723]
		});
		expect(stepOf(file, 'coal-wharf').view).toEqual({
			box: [116.01916, 29.73277, 116.04085, 29.75723]
		});
		const text = readFileSync(file, 'utf8');
		const options = await prettier.resolveConfig(STEPS_FILE);
		expect(await prettier.check(text, { ...options, parser: 'json' })).toBe(true);

		expect(await writeStepView(file, { id: 'coal-wharf', box: null }, ctx)).toMatchObject({
			ok: true,
			before: [116.01916, 29.73277, 116.04085, 29.75723],
			after: null
		});
		expect(readFileSync(file, 'utf8')).toBe(readFileSync(STEPS_FILE, 'utf8'));
	});

	it('refuses, writing nothing, an unknown step or a box the story check rejects', async () => {
		const file = copy();
		const before = readFileSync(file, 'utf8');
		expect(await writeStepView(file, { id: 'nope', box: null }, ctx)).toEqual({
			ok: false,
			problems: [`${file}: no step "nope"`]
		});
		const flipped = await writeStepView(
			file,
			{ id: 'coal-wharf', box: [116.04, 29.73, 116.01, 29.75] },
			ctx
		);
		expect(flipped.ok).toBe(false);
		if (!flipped.ok) {
			expect(flipped.problems).toEqual([
				`${file}: step "coal-wharf": field "view.box": expected west < east and south < north`
			]);
		}
		expect(readFileSync(file, 'utf8')).toBe(before);
	});
});
