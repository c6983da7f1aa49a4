import type { Page } from '@playwright/test';
import { addTestHooks, expect, test } from './fixtures';
import { haversine as distanceM } from '../../src/lib/geo/distance';
import { expectClean, mapCenter, screenshotPath, waitForMapIdle, watchPage } from './helpers';
import { expectedFor, steps } from './story-data';

async function scrollToStep(page: Page, id: string) {
	await page.locator(`#step-${id}`).evaluate((el) => {
		// Put the step's top just above the trigger line, like a reader would: mid-screen on a
		// desktop, below the map (which covers the top of the screen) on a phone.
		const phone = window.matchMedia('(max-width: 760px)').matches;
		const top = el.getBoundingClientRect().top + window.scrollY;
		window.scrollTo({ top: top - window.innerHeight * (phone ? 0.6 : 0.3), behavior: 'instant' });
	});
	await expect(page.locator(`#step-${id}`)).toHaveAttribute('aria-current', 'step');
}

async function expectMapOn(page: Page, id: string) {
	const { center, active } = expectedFor(id);
	await expect
		.poll(async () => distanceM(await mapCenter(page), center), {
			message: `map centre for step ${id}`,
			timeout: 20_000
		})
		.toBeLessThan(100);
	await waitForMapIdle(page);
	const lit = await page.evaluate(
		(slugs) =>
			slugs.map((slug) => window.__map!.getFeatureState({ source: 'places', id: slug }).active),
		active
	);
	expect(lit, `places lit for step ${id}`).toEqual(active.map(() => true));
}

test.describe('the story', () => {
	test('scrolling through every step centres the map on its place and lights it', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const watch = await watchPage(page);
		await page.goto('/');
		await waitForMapIdle(page);
		for (const step of steps) {
			await scrollToStep(page, step.id);
			await expectMapOn(page, step.id);
		}
		expectClean(watch);
	});

	test('a fast scroll from the first to the last step lands on the last camera', async ({
		page
	}) => {
		await page.goto('/');
		await waitForMapIdle(page);
		for (const step of steps) {
			await page.locator(`#step-${step.id}`).scrollIntoViewIfNeeded();
		}
		const last = steps.at(-1)!.id;
		await scrollToStep(page, last);
		await expectMapOn(page, last);
	});

	test('with reduced motion the camera jumps instead of flying', async ({ browser }) => {
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		await addTestHooks(context);
		const page = await context.newPage();
		await page.goto('/');
		await waitForMapIdle(page);
		await page.evaluate(() => {
			(window as unknown as { __moves: number }).__moves = 0;
			window.__map!.on('move', () => (window as unknown as { __moves: number }).__moves++);
		});
		await scrollToStep(page, 'coal-wharf');
		await expectMapOn(page, 'coal-wharf');
		// A flight draws dozens of intermediate frames; a jump moves once.
		const moves = await page.evaluate(() => (window as unknown as { __moves: number }).__moves);
		expect(moves).toBeLessThanOrEqual(2);
		await context.close();
	});

	test('tapping a marked figure lights its place', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		await scrollToStep(page, 'coal-wharf');
		await page.getByRole('button', { name: /全省首座万吨级码头/ }).click();
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						window.__map!.getFeatureState({ source: 'places', id: 'guoneng-jiujiang-power' }).active
				)
			)
			.toBe(false);
		await expect
			.poll(() =>
				page.evaluate(
					() => window.__map!.getFeatureState({ source: 'places', id: 'guoneng-coal-wharf' }).active
				)
			)
			.toBe(true);
	});

	test('the jump menu works with the keyboard', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		const summary = page.locator('nav[aria-label="故事进度"] summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		const link = page
			.locator('nav[aria-label="故事进度"]')
			.getByRole('link', { name: /两湖：甘棠湖与南门湖/ });
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#step-two-lakes')).toHaveAttribute('aria-current', 'step');
		await expect(page).toHaveURL(/#step-two-lakes$/);
		await expectMapOn(page, 'two-lakes');
	});

	for (const [name, viewport] of [
		['desktop', { width: 1280, height: 800 }],
		['phone', { width: 390, height: 844 }]
	] as const) {
		test(`screenshots at three steps on a ${name}`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto('/');
			await waitForMapIdle(page);
			for (const id of ['coal-wharf', 'binjiang-road', 'two-lakes']) {
				await scrollToStep(page, id);
				await expectMapOn(page, id);
				await page.screenshot({ path: screenshotPath(`story-${name}-${id}`) });
				// No step text may sit under the map on a phone.
				if (name === 'phone') {
					const mapBottom = await page
						.locator('.map-col')
						.evaluate((el) => el.getBoundingClientRect().bottom);
					const titleTop = await page
						.locator(`#step-${id} h2`)
						.evaluate((el) => el.getBoundingClientRect().top);
					expect(titleTop).toBeGreaterThanOrEqual(mapBottom);
				}
			}
		});
	}
});
