import { expect, test } from './fixtures';

test.describe('story polish (regressions from the first user test)', () => {
	test('a figure with no growth rate gets no bar, not an empty track that reads as 0 %', async ({
		page
	}) => {
		await page.goto('/');
		const row = page.locator('.headline .row').filter({ hasText: '一般公共预算收入7.6亿元' });
		const result = row.locator('dd.result');
		await expect(result).toContainText('一般公共预算收入7.6亿元');
		await expect(result.locator('.bar-track')).toHaveCount(0);
		// Its 2024 target does have a growth rate, and a bar.
		await expect(row.locator('dd.target .bar')).toHaveCount(1);
	});

	test('the sticky progress line is opaque: no text shows through it', async ({ page }) => {
		await page.goto('/');
		const background = await page
			.locator('nav[aria-label="故事进度"]')
			.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
	});

	test('the jump menu and the step cards number the stops the same way', async ({ page }) => {
		await page.goto('/');
		const card = page.locator('#step-coal-wharf .where');
		await expect(card).toContainText('第 2 / 10 站');
		await page.locator('nav[aria-label="故事进度"] summary').click();
		const item = page.locator('nav[aria-label="故事进度"] a[href="#step-coal-wharf"]');
		await expect(item).toContainText('第 2 站');
		// The opening and the closing are not numbered as stations.
		await expect(
			page.locator('nav[aria-label="故事进度"] a[href="#step-opening"]')
		).not.toContainText('站');
	});

	test('a step with several unplaced places says so once, naming them', async ({ page }) => {
		await page.goto('/');
		const notes = page.locator('#step-plan-2024-culture .notes');
		await expect(notes.getByText('尚未标在图上')).toHaveCount(1);
		for (const name of ['大中路', '甘棠湖', '南门湖']) await expect(notes).toContainText(name);
	});

	test('the story ends on a closing map of every placed site, listing the unplaced ones', async ({
		page
	}) => {
		await page.goto('/#step-closing');
		const closing = page.locator('#step-closing');
		await expect(closing).toHaveAttribute('aria-current', 'step');
		await expect(closing.getByRole('link', { name: '国能九江发电煤码头' })).toBeVisible();
		await expect(
			closing.locator('.unplaced').getByRole('link', { name: '曹家山三期安置小区' })
		).toBeVisible();
	});

	test('place names in the story’s quotes link to their pages; figures stay buttons', async ({
		page
	}) => {
		await page.goto('/');
		const quote = page.locator('#step-sunjialong blockquote').first();
		await expect(quote.getByRole('link', { name: '孙家垄完整社区' })).toHaveAttribute(
			'href',
			'/site/sunjialong-community/'
		);
		const wharf = page.locator('#step-coal-wharf blockquote').first();
		await expect(wharf.getByRole('button', { name: /全省首座万吨级码头/ })).toBeVisible();
		await expect(wharf.getByRole('link', { name: '国能九江发电煤码头' })).toHaveAttribute(
			'href',
			'/site/guoneng-coal-wharf/'
		);
	});

	test('/404/ is not a page of its own', async ({ request }) => {
		for (const path of ['/404/', '/404', '/404.html', '/404/index.html']) {
			expect((await request.get(path)).status(), path).toBe(404);
		}
	});

	test('text files are served compressed to browsers that accept it', async ({ request }) => {
		const response = await request.get('/report/', { headers: { 'accept-encoding': 'br, gzip' } });
		expect(response.status()).toBe(200);
		expect(response.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
	});
});
