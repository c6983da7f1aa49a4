import { expect, test } from './fixtures';
import { ONLINE_PORT } from '../../playwright.config';
import { getPlace } from './story-data';

const lake = getPlace('gantang-lake')!;
const where = lake.properties.position.description!.text;

test.describe('places not on the map say so on the map itself', () => {
	test('the two-lakes step names both lakes on the map, with where they are in words', async ({
		page
	}) => {
		await page.goto('/#step-two-lakes');
		const overlay = page.locator('[data-map-state] aside[aria-label="尚未标在图上的地点"]');
		await expect(overlay).toBeVisible();
		await expect(overlay).toContainText('尚未标在图上');
		await expect(overlay).toContainText('甘棠湖');
		await expect(overlay).toContainText('南门湖');
		await expect(overlay).toContainText(where);
	});

	test('a placed step has no such overlay', async ({ page }) => {
		await page.goto('/#step-coal-wharf');
		await expect(page.locator('#step-coal-wharf')).toHaveAttribute('aria-current', 'step');
		await expect(page.locator('[data-map-state] aside')).toHaveCount(0);
	});

	test('a place page gives the words-location with its sources, and never “位置待定”', async ({
		page
	}) => {
		await page.goto('/site/gantang-lake/');
		const words = page.getByTestId('words-location');
		await expect(words).toContainText(where);
		await expect(words.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
		await expect(page.locator('[data-map-state] aside')).toContainText(where);
		await expect(page.locator('body')).not.toContainText('位置待定');
	});

	test('without PUBLIC_FEEDBACK_URL there is no "tell us" link', async ({ page }) => {
		await page.goto('/site/gantang-lake/');
		await expect(page.getByRole('link', { name: /告诉我们|知道在哪里/ })).toHaveCount(0);
	});
});

test.describe('with PUBLIC_FEEDBACK_URL (the deployable test build)', () => {
	test.use({ baseURL: `http://127.0.0.1:${ONLINE_PORT}` });

	test('an unplaced place asks readers where it is, naming it in the mail subject', async ({
		page
	}) => {
		await page.goto('/site/gantang-lake/');
		const link = page.getByRole('link', { name: '知道甘棠湖的准确位置？告诉我们' });
		await expect(link).toBeVisible();
		const href = await link.getAttribute('href');
		expect(href).toMatch(/^mailto:ditu@example\.cn\?subject=/);
		expect(decodeURIComponent(href!.split('subject=')[1])).toBe('位置线索：甘棠湖（gantang-lake）');
	});

	test('a place with a sourced position does not', async ({ page }) => {
		await page.goto('/site/suojiang-tower/');
		await expect(page.getByRole('link', { name: /告诉我们/ })).toHaveCount(0);
	});
});
