import { expect, test } from './fixtures';
import { screenshotPath, watchPage } from './helpers';

const pages = [
	['report', '/report/'],
	['sites', '/site/'],
	['site-road', '/site/binjiang-road/'],
	['site-unknown', '/site/caojiashan-phase-3/'],
	['not-found', '/site/nope/']
] as const;

for (const [name, viewport] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	for (const [page_, path] of pages) {
		test(`${path} on a ${name}: nothing wider than the screen`, async ({ page }) => {
			await page.setViewportSize(viewport);
			const watch = await watchPage(page);
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
			await page.screenshot({ path: screenshotPath(`${page_}-${name}`) });
			expect(watch.pageErrors).toEqual([]);
		});
	}
}
