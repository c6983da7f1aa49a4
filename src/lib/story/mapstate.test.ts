import { describe, expect, it } from 'vitest';
import { haversine as distanceM } from '$lib/geo/distance';
import type { Place } from '$lib/places/schema';
import { CLOSING, OPENING, overviewState, stepView, storyIds, viewFor } from './mapstate';

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
const viewport = { width: 800, height: 800 };
const overview = { center: [116.0, 29.72] as [number, number], zoom: 11, pitch: 0, bearing: 0 };

describe('stepView', () => {
	it('centres on a single point place and lights only it', () => {
		const view = stepView({ places: ['wharf'] }, lookup, viewport, overview);
		expect(distanceM(view.state.camera.center, [116.03, 29.745])).toBeLessThan(1);
		expect(view.state.active).toEqual(['wharf']);
		expect(view.state.dimOthers).toBe(true);
	});

	it('shows the overview, and no pin, for a place without a position', () => {
		const view = stepView({ places: ['nowhere'] }, lookup, viewport, overview);
		expect(view.state.camera).toEqual(overview);
		expect(view.state.active).toEqual([]);
		expect(view.unplaced).toEqual(['nowhere']);
	});

	it('fits every placed geometry of a step with several places', () => {
		const view = stepView({ places: ['road', 'wharf', 'nowhere'] }, lookup, viewport, overview);
		expect(view.state.active).toEqual(['road', 'wharf']);
		expect(view.unplaced).toEqual(['nowhere']);
		const [lon] = view.state.camera.center;
		expect(lon).toBeGreaterThan(115.99);
		expect(lon).toBeLessThan(116.03);
	});

	it('lets a step override part of the computed camera', () => {
		const view = stepView(
			{ places: ['wharf'], camera: { pitch: 45, zoom: 13 } },
			lookup,
			viewport,
			overview
		);
		expect(view.state.camera.pitch).toBe(45);
		expect(view.state.camera.zoom).toBe(13);
		expect(distanceM(view.state.camera.center, [116.03, 29.745])).toBeLessThan(1);
	});

	it('treats an unknown slug as unplaced rather than failing', () => {
		expect(stepView({ places: ['no-such-place'] }, lookup, viewport, overview).unplaced).toEqual([
			'no-such-place'
		]);
	});
});

describe('overviewState', () => {
	it('dims every place and lights none', () => {
		expect(overviewState(overview)).toEqual({ camera: overview, active: [], dimOthers: true });
	});
});

describe('stepView with an uncertain point', () => {
	const at: Place['geometry'] = { type: 'Point', coordinates: [116.03, 29.745] };
	const exact = place('exact', { type: 'Point', coordinates: [116.031, 29.744] });
	const stated = place('stated', at, 1000);
	const derived = place('derived', at, 1000);
	derived.properties.position.accuracy = 'derived';
	const table = new Map([exact, stated, derived].map((p) => [p.id, p]));
	const find = (slug: string) => table.get(slug);

	it('zooms out far enough for the uncertainty circle of a derived point', () => {
		const sharp = stepView({ places: ['exact', 'stated'] }, find, viewport, overview);
		const wide = stepView({ places: ['exact', 'derived'] }, find, viewport, overview);
		expect(wide.state.camera.zoom).toBeLessThan(sharp.state.camera.zoom);
		// The 2 km circle fits the 800 px view.
		const metresPerPixel =
			(40075016.686 * Math.cos((29.745 * Math.PI) / 180)) / (512 * 2 ** wide.state.camera.zoom);
		expect(2000 / metresPerPixel).toBeLessThanOrEqual(800);
	});
});

describe('what the map shows for each stop of the story', () => {
	const lake = place('lake', null);
	const all = [wharf, road, lake];
	const viewport = { width: 800, height: 600 };
	const overview = { center: [116, 29.7] as [number, number], zoom: 11, pitch: 0, bearing: 0 };
	const steps = [{ id: 'a', places: ['wharf'] }];

	it('the opening and the closing surround the steps', () => {
		expect(storyIds(steps)).toEqual([OPENING, 'a', CLOSING]);
	});

	it('the closing map lights every placed site and frames them all', () => {
		const state = viewFor({ step: CLOSING, focus: null }, steps, all, viewport, overview);
		expect(state.active).toEqual(['wharf', 'road']);
		expect(distanceM(state.camera.center, [116.01, 29.7415])).toBeLessThan(1500);
	});

	it('a tapped figure wins over its step', () => {
		const state = viewFor({ step: 'a', focus: 'road' }, steps, all, viewport, overview);
		expect(state.active).toEqual(['road']);
	});

	it('the opening shows the overview with nothing lit', () => {
		const state = viewFor({ step: OPENING, focus: null }, steps, all, viewport, overview);
		expect(state).toEqual(overviewState(overview));
	});
});
