import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectClean, watchPage } from './helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * The part of the window where story text can be read: below the sticky header, the map (on a
 * phone it sits on top) and the progress line, down to the bottom of the window.
 */
async function textArea(page: Page): Promise<{ top: number; bottom: number }> {
	return page.evaluate(() => {
		const bottomOf = (selector: string) =>
			document.querySelector(selector)?.getBoundingClientRect().bottom ?? 0;
		const phone = window.matchMedia('(max-width: 760px)').matches;
		const top = Math.max(
			bottomOf('.site-header'),
			bottomOf('.progress-wrap'),
			phone ? bottomOf('.map-col') : 0
		);
		return { top, bottom: window.innerHeight };
	});
}

/** The step's title box lies entirely inside the visible text area, and the step is active. */
async function expectStepShown(page: Page, id: string) {
	const step = page.locator(`#step-${id}`);
	await expect(step).toHaveAttribute('aria-current', 'step');
	// Let any settling scroll finish before measuring.
	await page.waitForTimeout(300);
	const area = await textArea(page);
	const title = await step.locator('h2').boundingBox();
	expect(title, `title of ${id}`).not.toBeNull();
	expect(title!.y, `${id}: title top below the map and progress line`).toBeGreaterThanOrEqual(
		area.top - 0.5
	);
	expect(title!.y + title!.height, `${id}: title bottom inside the window`).toBeLessThanOrEqual(
		area.bottom
	);
}

for (const [name, viewport] of [
	['phone', PHONE],
	['desktop', DESKTOP]
] as const) {
	test.describe(`programmatic scrolls on a ${name} show the step`, () => {
		test.use({ viewport });

		test('a plain / does not scroll: the title, date and lede stay in view', async ({ page }) => {
			const watch = await watchPage(page);
			await page.goto('/');
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			for (const text of ['浔阳区人民政府工作报告', '2024年1月20日']) {
				await expect(page.getByText(text, { exact: false }).first()).toBeInViewport();
			}
			expectClean(watch);
		});

		test('a shared link to a step opens with its title in view', async ({ page }) => {
			await page.goto('/#step-two-lakes');
			await expectStepShown(page, 'two-lakes');
		});

		test('the jump menu lands with the title in view, and Back too', async ({ page }) => {
			await page.goto('/#step-coal-wharf');
			await expectStepShown(page, 'coal-wharf');
			await page.locator('nav[aria-label="故事进度"] summary').click();
			await page
				.locator('nav[aria-label="故事进度"]')
				.getByRole('link', { name: /大中路历史文化街区/ })
				.click();
			await expect(page).toHaveURL(/#step-dazhong-road$/);
			await expectStepShown(page, 'dazhong-road');
			await page.goBack();
			await expect(page).toHaveURL(/#step-coal-wharf$/);
			await expectStepShown(page, 'coal-wharf');
		});

		test('从这里继续看故事 on a place page opens its step in view', async ({ page }) => {
			await page.goto('/site/binjiang-road/');
			await page.getByRole('link', { name: '从这里继续看故事' }).click();
			await expect(page).toHaveURL(/#step-binjiang-road$/);
			await expectStepShown(page, 'binjiang-road');
		});
	});
}

for (const [name, viewport] of [
	['phone', PHONE],
	['desktop', DESKTOP]
] as const) {
	test(`on a ${name}, a clicker's PageDown moves exactly one stop per press, title in view`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		await page.goto('/');
		const order = await page
			.locator('[data-step-id]')
			.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.stepId!));
		expect(order[0]).toBe('opening');
		for (let press = 1; press <= 12; press++) {
			await page.keyboard.press('PageDown');
			const expected = order[Math.min(press, order.length - 1)];
			await expect(page).toHaveURL(new RegExp(`#step-${expected}$`));
			await expectStepShown(page, expected);
		}
		// And back: PageUp returns one stop at a time.
		await page.keyboard.press('PageUp');
		await expectStepShown(page, order[order.length - 2]);
	});
}
