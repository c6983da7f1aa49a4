import { describe, expect, it } from 'vitest';
import { haversine as distanceM } from '$lib/geo/distance';
import type { Place } from '$lib/places/schema';
import type { Frame } from '$lib/map/frame';
import {
	CLOSING,
	OPENING,
	overviewState,
	stepView,
	storyIds,
	storyStops,
	viewFor
} from './mapstate';

function place(id: string, geometry: Place['geometry'], radius: number | null = 100): Place {
	return {
		type: 'Feature',
		id,
		geometry,
		properties: {
			name: id,
			name_en: id,
			aliases: [id],
			category: 'landmark',
			status: 'landmark',
			street: null,
			report_refs: [],
			summary: 'a test place',
			figures: [],
			sources: [],
			position: {
				accuracy: geometry ? 'sourced' : 'unknown',
				description: null,
				radius_m: geometry ? radius : null,
				method: 'test fixture',
				sources: []
			}
		}
	};
}

const wharf = place('wharf', { type: 'Point', coordinates: [116.03, 29.745] });
const road = place('road', {
	type: 'LineString',
	coordinates: [
		[115.99, 29.738],
		[116.03, 29.744]
	]
});
const nowhere = place('nowhere', null);
const all = new Map([wharf, road, nowhere].map((p) => [p.id, p]));
const lookup = (slug: string) => all.get(slug);
const overview: Frame = { box: [115.9, 29.6, 116.2, 29.8], margin: 0.04, maxZoom: 13.5 };
const centre = (f: Frame): [number, number] => [
	(f.box[0] + f.box[2]) / 2,
	(f.box[1] + f.box[3]) / 2
];

describe('stepView', () => {
	it('frames a single point place and lights only it', () => {
		const view = stepView({ places: ['wharf'] }, lookup, 13.5, overview);
		expect(distanceM(centre(view.state.frame), [116.03, 29.745])).toBeLessThan(1);
		expect(view.state.frame.maxZoom).toBe(13.5);
		expect(view.state.active).toEqual(['wharf']);
		expect(view.state.dimOthers).toBe(true);
	});

	it('shows the overview, and no pin, for a place without a position', () => {
		const view = stepView({ places: ['nowhere'] }, lookup, 13.5, overview);
		expect(view.state.frame).toEqual(overview);
		expect(view.state.active).toEqual([]);
		expect(view.unplaced).toEqual(['nowhere']);
	});

	it('frames every placed geometry of a step with several places', () => {
		const view = stepView({ places: ['road', 'wharf', 'nowhere'] }, lookup, 13.5, overview);
		expect(view.state.active).toEqual(['road', 'wharf']);
		expect(view.unplaced).toEqual(['nowhere']);
		const [w, , e] = view.state.frame.box;
		expect(w).toBeLessThanOrEqual(115.99);
		expect(e).toBeGreaterThanOrEqual(116.03);
	});

	it('lets a step set the ground shown, a tilt and a rotation', () => {
		const box: Frame['box'] = [116.0, 29.7, 116.1, 29.75];
		const view = stepView(
			{ places: ['wharf'], view: { box, pitch: 45, bearing: 10 } },
			lookup,
			13.5,
			overview
		);
		expect(view.state.frame).toMatchObject({ box, pitch: 45, bearing: 10, maxZoom: 13.5 });
	});

	it('treats an unknown slug as unplaced rather than failing', () => {
		expect(stepView({ places: ['no-such-place'] }, lookup, 13.5, overview).unplaced).toEqual([
			'no-such-place'
		]);
	});
});

describe('what the map shows for each stop of the story', () => {
	const lake = place('lake', null);
	const steps = [{ id: 'a', places: ['wharf'] }];
	const stops = storyStops(steps, [wharf, road, lake], 13.5, overview);
	const focus = { road: stepView({ places: ['road'] }, lookup, 13.5, overview).state };

	it('the opening and the closing surround the steps', () => {
		expect(storyIds(steps)).toEqual([OPENING, 'a', CLOSING]);
		expect(Object.keys(stops)).toEqual([OPENING, 'a', CLOSING]);
	});

	it('the closing map lights every placed site and frames them all', () => {
		expect(stops[CLOSING].active).toEqual(['wharf', 'road']);
		const [w, , e] = stops[CLOSING].frame.box;
		expect(w).toBeLessThanOrEqual(115.99);
		expect(e).toBeGreaterThanOrEqual(116.03);
	});

	it('a tapped figure wins over its step', () => {
		expect(viewFor({ step: 'a', focus: 'road' }, stops, focus).active).toEqual(['road']);
	});

	it('the opening shows the overview with nothing lit, and so does an unknown stop', () => {
		expect(viewFor({ step: OPENING, focus: null }, stops, focus)).toEqual(overviewState(overview));
		expect(viewFor({ step: 'nope', focus: null }, stops, focus)).toEqual(overviewState(overview));
	});
});
