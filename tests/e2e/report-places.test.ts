import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectClean, screenshotPath, watchPage } from './helpers';
import { places } from './story-data';

/** The coverage table: paragraph or glossary id → slugs of the places it names. */
const coverage = JSON.parse(readFileSync('geo/coverage.json', 'utf8')) as Record<
	string,
	string[] | 'no place'
>;

test.describe('the report links its places', () => {
	test('a place named in a paragraph links to that place’s page, and the page quotes it', async ({
		page
	}) => {
		const watch = await watchPage(page);
		await page.goto('/report/');
		const paragraph = page.locator('#p-zhe-yi-nian-xun-yang-cheng-shi-geng .text');
		const link = paragraph.getByRole('link', { name: '沪浔路', exact: true });
		await expect(link).toHaveAttribute('href', '/site/huxun-road/');
		await link.scrollIntoViewIfNeeded();
		await page.screenshot({ path: screenshotPath('report-place-links'), fullPage: false });
		await link.click();
		await expect(page).toHaveURL(/\/site\/huxun-road\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('沪浔路');
		await expect(page.locator('blockquote').first()).toContainText('沪浔路竣工通车');
		await expect(
			page.locator('a[href="/report/#p-zhe-yi-nian-xun-yang-cheng-shi-geng"]')
		).toBeVisible();
		expectClean(watch);
	});

	test('a longer name wins: 浔阳楼社区 links to the community, 浔阳楼 to the tower', async ({
		page
	}) => {
		await page.goto('/report/');
		await expect(
			page.locator('#p-bin-jiang-lu-xing-dao-shu-liang-hua .text a.mention', {
				hasText: '浔阳楼社区'
			})
		).toHaveAttribute('href', '/site/xunyanglou-community/');
		await expect(
			page.locator('#p-zhe-yi-nian-xun-yang-wen-lv-liang .text a.mention', {
				hasText: /^浔阳楼$/
			})
		).toHaveAttribute('href', '/site/xunyang-tower/');
	});

	test('a place’s figure is marked in its paragraph and links to the place', async ({ page }) => {
		await page.goto('/report/');
		const figure = page.locator('#p-gao-pin-wei-jian-she-jing-pin .text a.figure', {
			hasText: '1.2亿元'
		});
		await expect(figure).toHaveAttribute('href', '/site/dazhong-road/');
		await expect(figure).toHaveAttribute('title', /大中路/);
	});

	test('a name shared by two places (两湖) lists both', async ({ page }) => {
		await page.goto('/report/');
		const entry = page.locator('#g-yi-yuan-liang-lu-san-qu');
		await entry.getByRole('button', { name: '两湖' }).click();
		const list = entry.getByRole('dialog');
		await expect(list).toBeVisible();
		await expect(list.getByRole('link', { name: '甘棠湖' })).toHaveAttribute(
			'href',
			'/site/gantang-lake/'
		);
		await expect(list.getByRole('link', { name: '南门湖' })).toHaveAttribute(
			'href',
			'/site/nanmen-lake/'
		);
	});

	test('every link in the report’s words goes to a place the coverage table lists there', async ({
		page
	}) => {
		await page.goto('/report/');
		const found = await page.$$eval('.text a.mention, #glossary li a.mention', (links) =>
			links.map((a) => ({
				id: a.closest('[id^="p-"], [id^="g-"]')!.id,
				slug: a.getAttribute('data-place')!
			}))
		);
		expect(found.length).toBeGreaterThan(100);
		const stray = found.filter(({ id, slug }) => {
			const listed = coverage[id];
			return listed === 'no place' || !listed?.includes(slug);
		});
		expect(stray).toEqual([]);
		// And every paragraph that names a place has at least one such link.
		const withLinks = new Set(found.map((f) => f.id));
		const unlinked = Object.entries(coverage)
			.filter(([id, v]) => v !== 'no place' && id.startsWith('p-'))
			.filter(([id]) => !withLinks.has(id))
			.map(([id]) => id);
		expect(unlinked).toEqual([]);
	});
});

test.describe('each place page lists all of its paragraphs', () => {
	for (const place of places.filter((p) => p.properties.report_refs.length > 1)) {
		test(`${place.id}: ${place.properties.report_refs.length} paragraphs`, async () => {
			const html = readFileSync(`build/site/${place.id}/index.html`, 'utf8');
			const quoted = /<footer[^>]*>\s*<a href="\/report\/#([pg]-[a-z0-9-]+)"/g;
			const cited = [...html.matchAll(quoted)].map((m) => m[1]);
			expect(cited).toEqual(place.properties.report_refs);
		});
	}
});
