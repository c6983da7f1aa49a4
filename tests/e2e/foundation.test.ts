import { expect, test } from './fixtures';
import { expectClean, screenshotPath, waitForMapIdle, watchPage } from './helpers';
import { places } from './story-data';

const sourcedSlugs = places
	.filter((p) => p.properties.position.accuracy === 'sourced')
	.map((p) => p.id);

test.describe('the built site, offline', () => {
	test('the home page shows its text in the prerendered HTML, before any script', async ({
		request
	}) => {
		const html = await (await request.get('/')).text();
		expect(html).toContain('浔阳区人民政府工作报告');
		expect(html).toContain('周荣卿');
		expect(html).not.toContain('user-scalable=no');
	});

	test('the map loads with no outside request and no error', async ({ page }) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await waitForMapIdle(page);
		// The offline style really drew the basemap: river and district outline are on screen.
		const rendered = await page.evaluate(() => {
			const map = window.__map!;
			const layers = ['water', 'district-line'];
			return layers.map((id) => map.queryRenderedFeatures({ layers: [id] }).length);
		});
		expect(rendered[0], 'river features drawn').toBeGreaterThan(0);
		expect(rendered[1], 'district outline drawn').toBeGreaterThan(0);
		// Every place with a sourced position is drawn on the overview.
		const drawn = await page.evaluate(() =>
			window.__map!.queryRenderedFeatures({ layers: ['place-point'] }).map((f) => f.properties.slug)
		);
		for (const slug of sourcedSlugs) expect(drawn, slug).toContain(slug);
		expectClean(watch);
	});

	for (const [name, viewport] of [
		['desktop', { width: 1280, height: 800 }],
		['phone', { width: 390, height: 844 }]
	] as const) {
		test(`screenshot of the home page on a ${name}`, async ({ page }) => {
			await page.setViewportSize(viewport);
			const watch = await watchPage(page);
			await page.goto('/');
			await waitForMapIdle(page);
			await page.screenshot({ path: screenshotPath(`home-${name}`) });
			await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
			expectClean(watch);
		});
	}
});
