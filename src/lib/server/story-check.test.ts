import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from './geo-check';
import { STEPS_FILE } from './story-check';

type Story = { steps: Record<string, unknown>[] };

function brokenCopy(edit: (story: Story) => void): string {
	const story = JSON.parse(readFileSync(STEPS_FILE, 'utf8')) as Story;
	edit(story);
	const file = join(mkdtempSync(join(tmpdir(), 'story-')), 'steps.json');
	writeFileSync(file, JSON.stringify(story));
	return file;
}

const step = (story: Story, id: string) => story.steps.find((s) => s.id === id)!;

describe('the build-time check of the story', () => {
	it('passes the committed story', () => {
		expect(() => checkStory()).not.toThrow();
	});

	it('names file, step and field of a quote that is not verbatim', () => {
		const file = brokenCopy((story) => {
			(step(story, 'coal-wharf').quotes as { text: string }[])[0].text = '全省首座万吨级的码头';
		});
		expect(() => checkStory(file)).toThrow(
			/steps\.json: step "coal-wharf": field "quotes\.0\.text": not found verbatim/
		);
	});

	it('names a misspelt theme and an unknown field by step', () => {
		const file = brokenCopy((story) => {
			step(story, 'two-lakes').theme = 'lakes';
			step(story, 'sunjialong').camera = { zoom: 16 };
		});
		expect(() => checkStory(file)).toThrow(/step "two-lakes": field "theme"/);
		expect(() => checkStory(file)).toThrow(/step "sunjialong": field "\(step\)"/);
	});

	it('refuses a place that does not exist and a figure outside the quotes', () => {
		const file = brokenCopy((story) => {
			step(story, 'caojiashan').places = ['caojiashan-phase-9'];
			step(story, 'dazhong-road').figures = [{ text: '投入9.9亿元', place: 'dazhong-road' }];
		});
		expect(() => checkStory(file)).toThrow(/step "caojiashan": field "places\.0": no place/);
		expect(() => checkStory(file)).toThrow(/step "dazhong-road": field "figures\.0\.text"/);
	});

	it('refuses a view box that is upside down', () => {
		const file = brokenCopy((story) => {
			step(story, 'coal-wharf').view = { box: [116.1, 29.7, 116.0, 29.8] };
		});
		expect(() => checkStory(file)).toThrow(/step "coal-wharf": field "view\.box"/);
	});
});
