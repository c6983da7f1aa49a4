import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlacesFile, PLACES_FILE } from './geo-check';

function brokenCopy(edit: (data: { features: Record<string, unknown>[] }) => void): string {
	const data = JSON.parse(readFileSync(PLACES_FILE, 'utf8'));
	edit(data);
	const file = join(mkdtempSync(join(tmpdir(), 'places-')), 'places.geojson');
	writeFileSync(file, JSON.stringify(data));
	return file;
}

describe('the build-time check of the places file', () => {
	it('passes the committed file', () => {
		expect(() => checkPlacesFile()).not.toThrow();
	});

	it('stops the build naming the file, the feature and the field', () => {
		const file = brokenCopy((data) => {
			const place = data.features.find((f) => f.id === 'guoneng-coal-wharf')!;
			(place.properties as { status: string }).status = 'done';
		});
		expect(() => checkPlacesFile(file)).toThrow(
			new RegExp(
				`${file.replace(/[.]/g, '\\.')}: feature "guoneng-coal-wharf": field "properties\\.status"`
			)
		);
	});

	it('reports a story step whose place was removed', () => {
		const file = brokenCopy((data) => {
			data.features = data.features.filter((f) => f.id !== 'dazhong-road');
		});
		expect(() => checkPlacesFile(file)).toThrow(/steps\.json: uses place "dazhong-road"/);
	});

	it('names the file when it is not JSON at all', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'places-')), 'places.geojson');
		writeFileSync(file, '{ "type": "FeatureCollection", ');
		expect(() => checkPlacesFile(file)).toThrow(/places\.geojson: not valid JSON/);
	});
});
