import { expect, test } from './fixtures';
import { waitForMapIdle } from './helpers';
import { places } from './story-data';

const PHONE = { width: 390, height: 844 };
const lines = places.filter((p) => p.geometry?.type === 'LineString');

test.describe('the map up close', () => {
	test.use({ viewport: PHONE });

	for (const place of lines) {
		test(`${place.id}: on a phone the whole line is in the map, lit and named along it`, async ({
			page
		}) => {
			await page.goto(`/site/${place.id}/`);
			await page.locator('[data-map-state]').scrollIntoViewIfNeeded();
			await waitForMapIdle(page);
			const coordinates = (place.geometry as GeoJSON.LineString).coordinates;
			const result = await page.evaluate((coords) => {
				const map = window.__map!;
				const { clientWidth: w, clientHeight: h } = map.getContainer();
				const outside = coords
					.map((c) => map.project(c as [number, number]))
					.filter((p) => p.x < 0 || p.y < 0 || p.x > w || p.y > h).length;
				const labels = map
					.queryRenderedFeatures({ layers: ['place-line-label-lit'] })
					.map((f) => f.properties.slug);
				return { outside, labels, zoom: map.getZoom(), max: map.getMaxZoom() };
			}, coordinates);
			expect(result.outside, 'vertices outside the map').toBe(0);
			expect(result.labels).toContain(place.id);
			expect(result.zoom).toBeLessThanOrEqual(13.5);
		});
	}

	test('the offline sketch cannot be zoomed past its honest resolution', async ({ page }) => {
		await page.goto('/site/suojiang-tower/');
		await page.locator('[data-map-state]').scrollIntoViewIfNeeded();
		await waitForMapIdle(page);
		const zoom = await page.evaluate(async () => {
			const map = window.__map!;
			map.zoomTo(17, { duration: 0 });
			return { zoom: map.getZoom(), max: map.getMaxZoom() };
		});
		expect(zoom).toEqual({ zoom: 13.5, max: 13.5 });
	});
});

test.describe('names are never cut by the map edge', () => {
	for (const [name, viewport, path] of [
		['phone place page', PHONE, '/site/yangtze-cultural-park/'],
		['desktop story', { width: 1280, height: 800 }, '/#step-coal-wharf'],
		// The presentation draws names larger; they keep a larger margin.
		['laptop presentation', { width: 1366, height: 768 }, '/present/#riverside']
	] as const) {
		test(`${name}: every name shown stands clear of the edges`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto(path);
			await page.locator('[data-map-state]').scrollIntoViewIfNeeded();
			await waitForMapIdle(page);
			const names = await page.evaluate(() => {
				const map = window.__map!;
				const { clientWidth: w, clientHeight: h } = map.getContainer();
				const layers = ['place-label', 'place-line-label', 'district-label'];
				return map.queryRenderedFeatures({ layers }).map((f) => {
					const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
					return { name: f.properties.name ?? f.properties.label, x: p.x, y: p.y, w, h };
				});
			});
			expect(names.length).toBeGreaterThan(0);
			// A line's name is written once (MapLibre's line placement wrote it once per tile).
			const counts = new Map<string, number>();
			for (const n of names) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
			for (const name of ['滨江路', '长江国家文化公园九江城区段']) {
				expect(counts.get(name) ?? 0, name).toBeLessThanOrEqual(1);
			}
			for (const n of names) {
				expect(n.x, n.name).toBeGreaterThanOrEqual(79);
				expect(n.x, n.name).toBeLessThanOrEqual(n.w - 79);
				expect(n.y, n.name).toBeGreaterThanOrEqual(27);
				expect(n.y, n.name).toBeLessThanOrEqual(n.h - 27);
			}
		});
	}
});
