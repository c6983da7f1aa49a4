import { expect, test } from './fixtures';
import { findChromium } from './chromium';
import { expectClean, screenshotPath, startMap, watchPage } from './helpers';

// A browser with WebGL switched off, like an old phone or a locked-down office PC.
test.use({
	launchOptions: {
		executablePath: findChromium(),
		args: ['--disable-gpu', '--disable-software-rasterizer']
	}
});

test('the story still reads, with a short message where the map would be', async ({ page }) => {
	const watch = await watchPage(page);
	await page.goto('/');
	// Before any intent the page shows the picture; the first one tries to start the map.
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'picture');
	await startMap(page);
	await expect(page.getByRole('status').filter({ hasText: '不支持 WebGL' })).toBeVisible();
	await expect(page.locator('#step-coal-wharf blockquote')).toContainText('全省首座万吨级码头');
	expect(await page.evaluate(() => window.__mapState)).toBe('no-webgl');
	// Scrolling through still moves the story along.
	await page.locator('#step-two-lakes').scrollIntoViewIfNeeded();
	await page.locator('#step-two-lakes').evaluate((el) => {
		window.scrollTo({
			top: el.getBoundingClientRect().top + window.scrollY - 200,
			behavior: 'instant'
		});
	});
	await expect(page.locator('#step-two-lakes')).toHaveAttribute('aria-current', 'step');
	// Where the map would be: the prerendered picture of the step's places, actually loaded.
	await page.locator('#step-coal-wharf').evaluate((el) => {
		window.scrollTo({
			top: el.getBoundingClientRect().top + window.scrollY - 200,
			behavior: 'instant'
		});
	});
	await expect(page.locator('#step-coal-wharf')).toHaveAttribute('aria-current', 'step');
	const picture = page.getByRole('img', { name: /国能九江发电煤码头/ });
	await expect(picture).toBeVisible();
	await expect(picture).toHaveAttribute('src', /\/map\/coal-wharf\.svg$/);
	await expect
		.poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth))
		.toBeGreaterThan(1000);
	await page.screenshot({ path: screenshotPath('story-no-webgl') });
	expectClean(watch);
});

test('explore still finds, filters and opens places, over the map’s picture', async ({ page }) => {
	const watch = await watchPage(page);
	await page.goto('/explore/');
	await startMap(page);
	await expect(page.getByRole('status').filter({ hasText: '不支持 WebGL' })).toBeVisible();
	const overview = page.getByRole('img', { name: /按类别着色/ });
	await expect(overview).toBeVisible();
	await expect
		.poll(() => overview.evaluate((img) => (img as HTMLImageElement).naturalWidth))
		.toBeGreaterThan(0);
	const rows = page.getByRole('list', { name: '地点列表' }).getByRole('listitem');
	const all = await rows.count();
	await page.getByRole('checkbox', { name: /文化旅游/ }).check();
	await expect.poll(() => rows.count()).toBeLessThan(all);
	await page.getByLabel('搜索地点').fill('xyl');
	await page.getByRole('link', { name: /^浔阳楼/ }).click();
	await expect(page.getByTestId('place-panel').getByRole('heading', { level: 2 })).toHaveText(
		'浔阳楼'
	);
	await expect(page.getByTestId('place-panel')).toContainText('报告原文');
	// The picture now shows the chosen place.
	const picture = page.getByRole('img', { name: '示意地图：浔阳楼的位置' });
	await expect(picture).toBeVisible();
	await expect
		.poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth))
		.toBeGreaterThan(0);
	await expect(page).toHaveURL(/\?cat=culture-tourism&q=xyl&site=xunyang-tower$/);
	await page.screenshot({ path: screenshotPath('explore-no-webgl') });
	expectClean(watch);
});
