import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readersCopy, storyForReaders } from './story-for-readers';

const file = readFileSync('src/lib/story/steps.json', 'utf8');
const whole = JSON.parse(file) as { steps: Record<string, unknown>[] };

describe("readers' copy of the story", () => {
	it('drops the presenter notes and the file comment, and nothing else', () => {
		expect(whole.steps.some((s) => typeof s.notes === 'string')).toBe(true);
		const copy = JSON.parse(readersCopy(file)) as { steps: Record<string, unknown>[] };
		expect(Object.keys(copy)).toEqual(['steps']);
		expect(copy.steps.some((s) => 'notes' in s)).toBe(false);
		expect(copy.steps).toEqual(
			whole.steps.map((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'notes')))
		);
		expect(readersCopy(file).length).toBeLessThan(file.length);
	});

	it('refuses a file with no steps list', () => {
		expect(() => readersCopy('{"stops": []}')).toThrow(/steps\.json: no "steps" list/);
	});

	it('rewrites only the browser build of steps.json', () => {
		const plugin = storyForReaders();
		const transform = plugin.transform as (
			code: string,
			id: string,
			options?: { ssr?: boolean }
		) => { code: string } | null;
		const id = '/work/app/src/lib/story/steps.json';
		expect(transform(file, id)?.code).toBe(readersCopy(file));
		expect(transform(file, id, { ssr: true })).toBeNull();
		expect(transform(file, '/work/app/src/lib/story/other.json')).toBeNull();
	});
});
