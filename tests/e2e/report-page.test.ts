import { expect, test } from './fixtures';

test.describe('the full report as plain HTML', () => {
	test('loads no framework JavaScript, only the small copy-link script', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto('/report/');
		await page.waitForLoadState('networkidle');
		expect(scripts).toEqual(['/report-links.js']);
	});

	test('a paragraph’s copy-link button copies its address', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/report/');
		const id = 'p-zhi-zhu-chan-ye-die-dai-sheng-ji';
		const button = page.locator(`#${id} [data-copy-link]`);
		await expect(button).toBeVisible();
		await button.click();
		await expect(button).toHaveText('已复制');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(new RegExp(`/report/#${id}$`));
	});

	test('without JavaScript the copy buttons are not shown, and paragraph links still work', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/report/#p-zhi-zhu-chan-ye-die-dai-sheng-ji');
		await expect(page.locator('[data-copy-link]').first()).toBeHidden();
		await expect(page.locator('#p-zhi-zhu-chan-ye-die-dai-sheng-ji')).toBeInViewport();
		await context.close();
	});
});
