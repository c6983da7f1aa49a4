import { expect, test, type APIRequestContext } from '@playwright/test';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Fetches a PNG icon and checks it is served as a PNG of the size `sizes` (e.g. "180x180") says. */
async function expectPng(request: APIRequestContext, url: string, sizes: string): Promise<void> {
	const response = await request.get(url);
	expect(response.status(), url).toBe(200);
	expect(response.headers()['content-type'], url).toBe('image/png');
	const [width, height] = sizes.split('x').map(Number);
	expect(pngSize(await response.body()), url).toEqual({ width, height });
}

test.describe('icons for platforms that ignore SVG favicons', () => {
	for (const path of ['/', '/site/binjiang-road/', '/report/']) {
		test(`${path} links a PNG tab icon, an Apple touch icon and the SVG favicon`, async ({
			page,
			request
		}) => {
			await page.goto(path);
			const links = await page
				.locator('link[rel="icon"], link[rel="apple-touch-icon"]')
				.evaluateAll((els) =>
					els.map((el) => ({
						rel: el.getAttribute('rel'),
						href: (el as HTMLLinkElement).href,
						type: el.getAttribute('type'),
						sizes: el.getAttribute('sizes')
					}))
				);
			const png = links.filter((l) => l.type === 'image/png' || l.rel === 'apple-touch-icon');
			expect(png.map((l) => `${l.rel} ${l.sizes}`).sort()).toEqual([
				'apple-touch-icon 180x180',
				'icon 32x32'
			]);
			for (const link of png) await expectPng(request, link.href, link.sizes!);
			const svg = links.find((l) => l.type === 'image/svg+xml')!;
			const response = await request.get(svg.href);
			expect(response.status()).toBe(200);
			expect(await response.text()).toContain('<svg');
		});
	}

	test('the web manifest lists icons the site serves at their stated sizes', async ({
		page,
		request
	}) => {
		await page.goto('/site/binjiang-road/');
		const href = await page
			.locator('link[rel="manifest"]')
			.evaluate((el) => (el as HTMLLinkElement).href);
		const manifest = await (await request.get(href)).json();
		expect(manifest.name).toBe('浔阳 2024 · 地图上的政府工作报告');
		const pngs = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
		expect(pngs.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
		for (const icon of pngs) await expectPng(request, new URL(icon.src, href).href, icon.sizes);
	});

	test('/apple-touch-icon.png is at the site root, where iOS looks when a page links none', async ({
		request
	}) => {
		await expectPng(request, '/apple-touch-icon.png', '180x180');
	});
});
