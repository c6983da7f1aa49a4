import { expect, test } from './fixtures';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { haversine as distanceM } from '../../src/lib/geo/distance';
import { expectClean, mapCenter, screenshotPath, waitForMapIdle, watchPage } from './helpers';
import { expectedPlaceCenter, overview, places } from './story-data';

/** The public origin the deployable test build is made with (scripts/run-tests.mjs). */
const PUBLIC_ORIGIN = 'https://xunyang-2024.example.cn';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(0, 8).equals(signature), 'PNG signature').toBe(true);
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (html: string, attr: string, key: string) =>
	html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`))?.[1];

test.describe('every place has a real page worth sharing', () => {
	for (const place of places) {
		test(`${place.id}: prerendered page with its own title, canonical and share card`, async () => {
			// The deployable variant (built with an https PUBLIC_SITE_ORIGIN, see run-tests.mjs).
			const html = readFileSync(`build-online/site/${place.id}/index.html`, 'utf8');
			expect(html).toContain(`<title>${place.properties.name} · 浔阳 2024</title>`);
			expect(meta(html, 'name', 'description')).toBe(place.properties.summary);
			expect(html).toContain(`<link rel="canonical" href="${PUBLIC_ORIGIN}/site/${place.id}/"`);
			expect(meta(html, 'property', 'og:title')).toBe(`${place.properties.name} · 浔阳 2024`);
			expect(meta(html, 'property', 'og:url')).toBe(`${PUBLIC_ORIGIN}/site/${place.id}/`);
			expect(meta(html, 'property', 'og:image')).toBe(`${PUBLIC_ORIGIN}/site/${place.id}/og.png`);
			const png = readFileSync(`build/site/${place.id}/og.png`);
			expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
			expect(png.length).toBeGreaterThan(10_000);
			expect(png.length).toBeLessThan(400_000);
		});
	}

	test('a build without a public origin publishes no localhost and no canonical at all', () => {
		const pages = ['index.html', 'report/index.html', 'site/index.html', '404.html'].concat(
			places.map((p) => `site/${p.id}/index.html`)
		);
		for (const page of pages) {
			const html = readFileSync(`build/${page}`, 'utf8');
			expect(html, page).not.toMatch(/localhost|127\.0\.0\.1/);
			expect(html, page).not.toContain('rel="canonical"');
			expect(html, page).not.toContain('property="og:url"');
		}
	});

	test('a placed site opens with the map centred on it, an unknown one on the overview', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const watch = await watchPage(page);
		// Every placed site, and the first few unplaced ones: all unplaced pages share one code
		// path (the overview), and visiting all ~80 with a live map would take minutes. The test
		// below checks every unplaced page's prerendered text instead.
		const unplaced = places.filter((p) => p.geometry === null);
		const visited = [...places.filter((p) => p.geometry !== null), ...unplaced.slice(0, 3)];
		for (const place of visited) {
			await page.goto(`/site/${place.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(place.properties.name);
			await waitForMapIdle(page);
			// The centre of the ground the place (and its uncertainty) covers, computed here
			// from geo/ independently of the page.
			const target = place.geometry ? expectedPlaceCenter(place.id) : overview.center;
			expect(distanceM(await mapCenter(page), target), place.id).toBeLessThan(100);
			if (place.geometry) {
				const lit = await page.evaluate(
					(slug) => window.__map!.getFeatureState({ source: 'places', id: slug }).active,
					place.id
				);
				expect(lit, `${place.id} lit`).toBe(true);
			} else {
				await expect(page.locator('p.position').getByText('尚未标在图上')).toBeVisible();
			}
		}
		expectClean(watch);
	});

	test('every unplaced site says so and is not pinned', async () => {
		for (const place of places.filter((p) => p.geometry === null)) {
			const html = readFileSync(`build/site/${place.id}/index.html`, 'utf8');
			expect(html, place.id).toContain('尚未标在图上');
			expect(html, place.id).toContain('data-accuracy="unknown"');
		}
	});

	test('screenshot of a site page on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/site/guoneng-coal-wharf/');
		await waitForMapIdle(page);
		await page.screenshot({ path: screenshotPath('site-phone-coal-wharf'), fullPage: true });
		await expect(page.getByRole('button', { name: '分享' })).toBeVisible();
	});

	test('a site page’s QR code, scanned from the screen, opens that page', async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/site/guoneng-coal-wharf/');
		await page.getByRole('button', { name: '二维码' }).first().click();
		const code = page.getByRole('img', { name: /二维码/ });
		await expect(code).toBeVisible();
		const png = PNG.sync.read(await code.screenshot());
		const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
		expect(read?.data).toBe(`${baseURL}/site/guoneng-coal-wharf/`);
	});
});

test.describe('the story keeps its place in the address', () => {
	test('reading to a step and reloading lands on that step', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		const historyLength = await page.evaluate(() => history.length);
		await page.locator('#step-binjiang-road').evaluate((el) => {
			window.scrollTo({
				top: el.getBoundingClientRect().top + window.scrollY - 200,
				behavior: 'instant'
			});
		});
		await expect(page).toHaveURL(/#step-binjiang-road$/);
		// Reading adds no history entries.
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		await page.reload();
		await expect(page.locator('#step-binjiang-road')).toHaveAttribute('aria-current', 'step');
		await waitForMapIdle(page);
		const road = places.find((p) => p.id === 'binjiang-road')!;
		const lit = await page.evaluate(
			() => window.__map!.getFeatureState({ source: 'places', id: 'binjiang-road' }).active
		);
		expect(lit).toBe(true);
		expect(road.geometry).not.toBeNull();
	});

	test('Back after a jump from the menu returns to where the reader was', async ({ page }) => {
		await page.goto('/#step-coal-wharf');
		await expect(page.locator('#step-coal-wharf')).toHaveAttribute('aria-current', 'step');
		await page.locator('nav[aria-label="故事进度"] summary').click();
		await page
			.locator('nav[aria-label="故事进度"]')
			.getByRole('link', { name: /大中路历史文化街区/ })
			.click();
		await expect(page).toHaveURL(/#step-dazhong-road$/);
		await expect(page.locator('#step-dazhong-road')).toHaveAttribute('aria-current', 'step');
		await page.goBack();
		await expect(page).toHaveURL(/#step-coal-wharf$/);
		await expect(page.locator('#step-coal-wharf')).toHaveAttribute('aria-current', 'step');
	});

	test('a link to a step opens on it and the map jumps there without flying', async ({ page }) => {
		await page.goto('/#step-coal-wharf');
		await waitForMapIdle(page);
		const wharf = places.find((p) => p.id === 'guoneng-coal-wharf')!.geometry!;
		const plant = places.find((p) => p.id === 'guoneng-jiujiang-power')!.geometry!;
		expect(wharf.type).toBe('Point');
		const box = await page.locator('#step-coal-wharf').boundingBox();
		expect(box!.y).toBeLessThan(300);
		const center = await mapCenter(page);
		// Both places of the step are in the frame: the centre lies between them.
		expect(distanceM(center, wharf.coordinates as [number, number])).toBeLessThan(1000);
		expect(distanceM(center, plant.coordinates as [number, number])).toBeLessThan(1000);
	});
});

test.describe('no link a person can type breaks the page', () => {
	const bad = [
		['/site/no-such-place/', 404],
		['/site/..%2F..%2Fetc%2Fpasswd/', 404],
		['/site/%E0%A4%A/', 404],
		['/site/binjiang-road/extra/deep/path', 404],
		['/?step=abc&from=singlemessage&isappinstalled=0', 200],
		['/#step-not-a-step', 200],
		['/#%E0%A4%A', 200],
		[`/#${'x'.repeat(5000)}`, 200],
		['/#<script>alert(1)</script>', 200],
		['/report/#p-no-such-paragraph', 200],
		['/site/?q=%E7%A0%81%E5%A4%B4', 200]
	] as const;
	for (const [url, status] of bad) {
		test(`${url.slice(0, 60)} ends on a working page`, async ({ page }) => {
			const watch = await watchPage(page);
			const response = await page.goto(url);
			expect(response!.status()).toBe(status);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			if (status === 404) {
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
				await expect(page.getByRole('link', { name: '国能九江发电煤码头' })).toBeVisible();
				await expect(page.getByRole('searchbox')).toBeVisible();
			} else if (url.startsWith('/#') || url.startsWith('/?')) {
				await waitForMapIdle(page);
				expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
			}
			expect(watch.pageErrors).toEqual([]);
			expect(watch.outsideRequests).toEqual([]);
		});
	}

	test('the 404 search box leads to the matching places', async ({ page }) => {
		await page.goto('/site/nope/');
		await page.getByRole('searchbox').fill('matou');
		await page.getByRole('button', { name: '搜索' }).click();
		await expect(page).toHaveURL(/\/site\/\?q=matou$/);
		await expect(page.getByRole('link', { name: '国能九江发电煤码头' })).toBeVisible();
		await expect(page.getByRole('link', { name: '甘棠湖' })).toHaveCount(0);
	});
});
