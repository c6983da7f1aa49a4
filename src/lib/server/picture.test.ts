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
	const pointRadii = radii.filter((f) => f.geometry.type === 'Point');
	const lineRadii = radii.filter((f) => f.geometry.type === 'LineString');

	it('colours places by category and circles every derived or approximate point', () => {
		const svg = pictureSvg(state, extent, features, { byCategory: true, allRadii: true });
		const used = new Set(
			features.features.map((f) => f.properties?.category).filter((c) => c !== undefined)
		);
		for (const category of used) {
			expect(svg, category).toContain(categoryColours[category as keyof typeof categoryColours]);
		}
		expect(pointRadii.length).toBeGreaterThan(0);
		expect(svg.match(/<circle /g)).toHaveLength(pointRadii.length);
		expect(svg).not.toContain(palette.active);
	});

	it('bands every approximate line, as wide as its radius each side', () => {
		const svg = pictureSvg(state, extent, features, { byCategory: true, allRadii: true });
		expect(lineRadii.length).toBeGreaterThan(0);
		const bands = [...svg.matchAll(/<path class="band"[^>]* stroke-width="([\d.]+)"/g)];
		expect(bands).toHaveLength(lineRadii.length);
		// Picture units per zoom-0 pixel, from a circle of known radius.
		const circle = svg.match(/<circle [^>]* r="([\d.]+)"/)!;
		const k = Number(circle[1]) / Number(pointRadii[0].properties!.radius_z0);
		const widths = bands.map((b) => Number(b[1])).sort((a, b) => a - b);
		const expected = lineRadii.map((f) => 2 * f.properties!.radius_z0 * k).sort((a, b) => a - b);
		widths.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 0));
	});

	it('without the switches it draws as before: one colour, no circle round an unlit place', () => {
		const svg = pictureSvg(state, extent, features);
		expect(svg).not.toContain('<circle ');
		expect(svg).not.toContain('class="band"');
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
