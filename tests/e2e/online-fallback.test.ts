import { expect, test } from './fixtures';
import { ONLINE_PORT } from '../../playwright.config';
import { waitForMapIdle, watchPage } from './helpers';

// The build in build-online/ is configured for Tianditu tiles. Here the tile hosts are
// unreachable (as at a venue with no network): the map must fall back to the offline sketch
// by itself and keep every place.
test.use({ baseURL: `http://127.0.0.1:${ONLINE_PORT}` });

test('with online tiles unreachable the map falls back to the sketch and keeps the places', async ({
	page
}) => {
	const watch = await watchPage(page);
	await page.goto('/#step-coal-wharf');
	await expect(page.getByText('在线底图无法访问，已改用离线示意图。')).toBeVisible();
	await waitForMapIdle(page);
	const state = await page.evaluate(() => {
		const map = window.__map!;
		return {
			online: map.getLayoutProperty('online-base', 'visibility'),
			labels: map.getLayoutProperty('online-labels', 'visibility'),
			water: map.queryRenderedFeatures({ layers: ['water'] }).length,
			places: map.queryRenderedFeatures({ layers: ['place-point'] }).map((f) => f.properties.slug)
		};
	});
	expect(state.online).toBe('none');
	expect(state.labels).toBe('none');
	expect(state.water).toBeGreaterThan(0);
	expect(state.places).toContain('guoneng-coal-wharf');
	// The tiles were asked for (and refused here): the build really was configured online.
	expect(watch.outsideRequests.some((u) => u.includes('tianditu.gov.cn'))).toBe(true);
	expect(watch.pageErrors).toEqual([]);
});
