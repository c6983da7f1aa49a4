import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadValidationContext, PLACES_FILE } from '$lib/server/geo-check';
import { STORY_SITES } from '$lib/story/steps';
import { validatePlaces, type ValidationContext } from './validate';

const FILE = 'geo/places.geojson';
let ctx: ValidationContext;
const fresh = () => JSON.parse(readFileSync(PLACES_FILE, 'utf8'));
type Raw = { features: { id: string; geometry: unknown; properties: Record<string, unknown> }[] };
const feature = (data: Raw, id: string) => data.features.find((f) => f.id === id)!;

beforeAll(() => {
	ctx = loadValidationContext();
});

describe('geo/places.geojson', () => {
	it('passes every check', () => {
		expect(validatePlaces(FILE, fresh(), ctx).errors).toEqual([]);
	});

	it('has the six places the story must reach', () => {
		const ids = validatePlaces(FILE, fresh(), ctx).places.map((p) => p.id);
		for (const slug of STORY_SITES) {
			expect(ids).toContain(slug);
		}
	});
});

describe('a broken edit is named by file, feature and field', () => {
	it('a coordinate moved out of the district', () => {
		const data = fresh();
		feature(data, 'guoneng-jiujiang-power').geometry = {
			type: 'Point',
			coordinates: [114.3, 30.6]
		};
		expect(validatePlaces(FILE, data, ctx).errors).toEqual([
			expect.stringMatching(
				/^geo\/places\.geojson: feature "guoneng-jiujiang-power": field "geometry": \[114\.3, 30\.6\] lies outside the district/
			)
		]);
	});

	it('a surveyed position without its survey record', () => {
		const data = fresh();
		const place = feature(data, 'dazhong-road');
		place.geometry = { type: 'Point', coordinates: [116.0, 29.72] };
		Object.assign(place.properties.position as object, { accuracy: 'surveyed', radius_m: 30 });
		expect(validatePlaces(FILE, data, ctx).errors).toContainEqual(
			expect.stringContaining('feature "dazhong-road": field "properties.position.survey"')
		);
	});

	it('a figure listed twice (the place page keys figures by label)', () => {
		const data = fresh();
		const figures = feature(data, 'dazhong-road').properties.figures as { label: string }[];
		figures.push({ ...figures[0] });
		expect(validatePlaces(FILE, data, ctx).errors).toEqual([
			`${FILE}: feature "dazhong-road": field "properties.figures.${figures.length - 1}.label": "${figures[0].label}" is listed twice`
		]);
	});

	it('a source without its tier', () => {
		const data = fresh();
		const [source] = feature(data, 'guoneng-jiujiang-power').properties.sources as object[];
		delete (source as { tier?: string }).tier;
		const [error] = validatePlaces(FILE, data, ctx).errors;
		expect(error).toContain('field "properties.sources.0.tier"');
	});

	it('a words-location citing a source the place does not list', () => {
		const data = fresh();
		(feature(data, 'dazhong-road').properties.position as { description: unknown }).description = {
			text: '东起八角石、西至铁桥头',
			sources: ['https://example.org/not-listed']
		};
		expect(validatePlaces(FILE, data, ctx).errors).toEqual([
			expect.stringContaining('field "properties.position.description.sources.0"')
		]);
	});

	it('a misspelt category', () => {
		const data = fresh();
		feature(data, 'dazhong-road').properties.category = 'culture';
		const [error] = validatePlaces(FILE, data, ctx).errors;
		expect(error).toContain('feature "dazhong-road": field "properties.category"');
	});

	it('a duplicated slug', () => {
		const data = fresh();
		data.features.push(structuredClone(feature(data, 'suojiang-tower')));
		expect(validatePlaces(FILE, data, ctx).errors).toContain(
			'geo/places.geojson: feature "suojiang-tower": field "id": duplicate slug'
		);
	});

	it('a sourced position without a source', () => {
		const data = fresh();
		(feature(data, 'suojiang-tower').properties.position as { sources: string[] }).sources = [];
		expect(validatePlaces(FILE, data, ctx).errors.join('\n')).toContain(
			'feature "suojiang-tower": field "properties.position.sources": a sourced position needs a source'
		);
	});

	it('an unknown position that still has a pin', () => {
		const data = fresh();
		feature(data, 'caojiashan-phase-3').geometry = { type: 'Point', coordinates: [116.0, 29.73] };
		expect(validatePlaces(FILE, data, ctx).errors.join('\n')).toContain(
			'feature "caojiashan-phase-3": field "geometry": an unknown position must have geometry null'
		);
	});

	it('a self-crossing (bow-tie) area', () => {
		const data = fresh();
		feature(data, 'binjiang-road').geometry = {
			type: 'Polygon',
			coordinates: [
				[
					[116.0, 29.73],
					[116.01, 29.735],
					[116.01, 29.73],
					[116.0, 29.735],
					[116.0, 29.73]
				]
			]
		};
		expect(validatePlaces(FILE, data, ctx).errors.join('\n')).toContain(
			'feature "binjiang-road": field "geometry": the Polygon is not valid'
		);
	});

	it('a feature without an id is named by its index', () => {
		const data = fresh();
		delete (data.features[2] as { id?: string }).id;
		expect(validatePlaces(FILE, data, ctx).errors[0]).toMatch(/feature #2: field "id"/);
	});
});
