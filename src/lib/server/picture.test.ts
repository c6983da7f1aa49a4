import { describe, expect, it } from 'vitest';
import { categoryColours, palette } from '$lib/map/palette';
import { pictureExtent } from '$lib/map/picture';
import { places, toMapFeatures } from '$lib/places';
import { pictureSvg } from './picture';
import { exploreState } from './views';

describe('the explore picture', () => {
	const state = exploreState();
	const extent = pictureExtent(state.frame);
	const features = toMapFeatures(places);
	const radii = features.features.filter(
		(f) => f.properties?.radius_z0 && !f.properties.label_point
	);

	it('colours places by category and circles every derived or approximate point', () => {
		const svg = pictureSvg(state, extent, features, { byCategory: true, allRadii: true });
		const used = new Set(
			features.features.map((f) => f.properties?.category).filter((c) => c !== undefined)
		);
		for (const category of used) {
			expect(svg, category).toContain(categoryColours[category as keyof typeof categoryColours]);
		}
		expect(radii.length).toBeGreaterThan(0);
		expect(svg.match(/<circle /g)).toHaveLength(radii.length);
		expect(svg).not.toContain(palette.active);
	});

	it('without the switches it draws as before: one colour, no circle round an unlit place', () => {
		const svg = pictureSvg(state, extent, features);
		expect(svg).not.toContain('<circle ');
		for (const colour of Object.values(categoryColours)) expect(svg).not.toContain(colour);
	});

	it('frames where the places are, far smaller than the whole district', async () => {
		const { overviewFrame } = await import('./views');
		const [w, s, e, n] = state.frame.box;
		const [ow, os, oe, on] = overviewFrame().box;
		expect((e - w) * (n - s)).toBeLessThan(((oe - ow) * (on - os)) / 4);
		for (const f of features.features) {
			if (f.geometry.type !== 'Point') continue;
			const [lon, lat] = f.geometry.coordinates;
			expect(lon >= w && lon <= e && lat >= s && lat <= n, String(f.properties?.slug)).toBe(true);
		}
	});
});
