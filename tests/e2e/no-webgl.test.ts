import { expect, test } from '@playwright/test';
import { findChromium } from './chromium';
import { expectClean, screenshotPath, watchPage } from './helpers';

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
	// Where the map would be: a still picture of the step's place, actually loaded.
	const still = page.getByRole('img', { name: '甘棠湖的位置示意图' });
	await expect(still).toBeVisible();
	await expect
		.poll(() => still.evaluate((img) => (img as HTMLImageElement).naturalWidth))
		.toBe(1200);
	await page.screenshot({ path: screenshotPath('story-no-webgl') });
	expectClean(watch);
});
