import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { haversine, pointToLine, type Position } from '../../src/lib/geo/distance';
import { PLACE_LAYERS } from '../../src/lib/map/style';
import { parseQuery, toQuery } from '../../src/lib/places/query';
import { expectClean, mapCenter, screenshotPath, waitForMapIdle, watchPage } from './helpers';
import { expectedPlaceCenter, getPlace, places } from './story-data';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const placed = places.filter((p) => p.geometry);
const list = (page: Page) => page.getByRole('list', { name: '地点列表' }).getByRole('listitem');
const placedRows = (page: Page) =>
	page.getByRole('list', { name: '地点列表' }).locator('li[data-placed="true"]');
const panelHeading = (page: Page) =>
	page.getByTestId('place-panel').getByRole('heading', { level: 2 });

/** The slugs of the places the live map draws now (shapes only: a line's name point is extra). */
async function drawnSlugs(page: Page): Promise<string[]> {
	return page.evaluate(
		(layers) => {
			const map = window.__map!;
			const slugs = map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.slug));
			return [...new Set(slugs)].sort();
		},
		[...PLACE_LAYERS]
	);
}

/** The live map has faded in over its picture (for screenshots). */
async function mapFadedIn(page: Page) {
	await page.waitForFunction(() => {
		const canvas = document.querySelector('[data-map-state] .canvas');
		return canvas !== null && getComputedStyle(canvas).opacity === '1';
	});
}

/** After a filter changes, the map has drawn exactly the places the list shows as on the map. */
async function expectMapMatchesList(page: Page) {
	await expect
		.poll(async () => {
			const rows = await placedRows(page).evaluateAll((els) =>
				els.map((el) => el.querySelector('a')!.dataset.slug!).sort()
			);
			const drawn = await drawnSlugs(page);
			return JSON.stringify(drawn) === JSON.stringify(rows) ? rows.length : `${drawn} ≠ ${rows}`;
		})
		.toEqual(expect.any(Number));
}

test.describe('explore: the map and the list show the same places', () => {
	test('filters and search narrow the list and the map together', async ({ page }) => {
		const watch = await watchPage(page);
		await page.goto('/explore/');
		await waitForMapIdle(page);
		await expect(list(page)).toHaveCount(places.length);
		expect(await drawnSlugs(page)).toEqual(placed.map((p) => p.id).sort());
		// Each line whose position is approximate is drawn with the band it may lie in.
		const banded = await page.evaluate(() =>
			[
				...new Set(
					window
						.__map!.queryRenderedFeatures({ layers: ['place-band'] })
						.map((f) => String(f.properties.slug))
				)
			].sort()
		);
		const uncertainLines = placed.filter(
			(p) =>
				p.geometry!.type === 'LineString' &&
				p.properties.position.accuracy !== 'sourced' &&
				p.properties.position.radius_m
		);
		expect(uncertainLines.length).toBeGreaterThan(0);
		expect(banded).toEqual(uncertainLines.map((p) => p.id).sort());

		// One category: its places in the list, its placed ones on the map.
		await page.getByRole('checkbox', { name: /文化旅游/ }).check();
		const culture = places.filter((p) => p.properties.category === 'culture-tourism');
		await expect(list(page)).toHaveCount(culture.length);
		await expectMapMatchesList(page);
		expect(await drawnSlugs(page)).toEqual(
			culture
				.filter((p) => p.geometry)
				.map((p) => p.id)
				.sort()
		);

		// A second category widens; a status narrows across them.
		await page.getByRole('checkbox', { name: /地标/ }).first().check();
		await page.getByRole('checkbox', { name: /持续推进/ }).check();
		const both = places.filter(
			(p) =>
				['culture-tourism', 'landmark'].includes(p.properties.category) &&
				p.properties.status === 'ongoing'
		);
		await expect(list(page)).toHaveCount(both.length);
		await expectMapMatchesList(page);

		// Search on top: only the long park, on the map as a line.
		await page.getByLabel('搜索地点').fill('wenhuagongyuan');
		await expect(list(page)).toHaveCount(1);
		await expect(list(page).first()).toContainText('长江国家文化公园九江城区段');
		await expectMapMatchesList(page);
		expect(await drawnSlugs(page)).toEqual(['yangtze-cultural-park']);

		// Each filter value shows how many places it would give.
		await page.getByRole('button', { name: '清除全部筛选' }).click();
		await expect(list(page)).toHaveCount(places.length);
		const planned = places.filter((p) => p.properties.status === 'planned-2024').length;
		await expect(
			page.getByRole('checkbox', { name: new RegExp(`^2024年计划 ${planned}\\s*处$`) })
		).toBeVisible();
		await expectMapMatchesList(page);
		expectClean(watch);
	});

	for (const typed of ['曹家山', 'caojiashan', 'cjs', 'Cáo Jiā Shān']) {
		test(`search finds 曹家山 by “${typed}”`, async ({ page }) => {
			await page.goto('/explore/');
			await page.getByLabel('搜索地点').fill(typed);
			await expect(list(page).first()).toContainText('曹家山三期安置小区');
			// Not on the map: the row says so.
			await expect(list(page).first()).toContainText('不在地图上');
		});
	}
});

test('the page’s JavaScript carries no places dataset, zod, turf or pinyin library', async ({
	page
}) => {
	// The scripts the page asks for, read from the build the server serves (a response body
	// can be gone by the time the page has moved on).
	const urls = new Set<string>();
	page.on('request', (request) => {
		// (MapLibre's worker is a blob: made from its own chunk, which is read here anyway.)
		if (request.resourceType() === 'script' && request.url().startsWith('http'))
			urls.add(new URL(request.url()).pathname);
	});
	await page.goto('/explore/');
	await page.waitForLoadState('networkidle');
	// Choosing a place loads the panel's code and the place's own file, nothing more.
	await page
		.getByRole('link', { name: /滨江路/ })
		.first()
		.click();
	await expect(page.getByTestId('place-panel')).toContainText('报告原文');
	await page.waitForLoadState('networkidle');
	const scripts = [...urls].map((url) => ({
		url,
		body: readFileSync(join('build', decodeURIComponent(url)), 'utf8')
	}));
	expect(scripts.length).toBeGreaterThan(3);
	// Strings each library keeps through minification, and text only the full dataset has.
	const markers = [
		'ZodError',
		'Unknown Geometry Type',
		'bǎng páng pāng',
		...places.map((p) => p.properties.position.method),
		...places.map((p) => p.properties.summary.slice(0, 24))
	];
	for (const { url, body } of scripts) {
		for (const marker of markers)
			expect(body.includes(marker), `${url} has “${marker}”`).toBe(false);
	}
});

test.describe('explore: selecting in one selects in the other', () => {
	test('clicking a list item flies the map to it and opens its panel', async ({ page }) => {
		const watch = await watchPage(page);
		await page.goto('/explore/');
		await waitForMapIdle(page);
		await page
			.getByRole('link', { name: /浔阳楼/ })
			.first()
			.click();
		await expect(panelHeading(page)).toHaveText('浔阳楼');
		await expect(page.getByTestId('place-panel')).toContainText('在故事中打开');
		await expect(page).toHaveURL(/[?&]site=xunyang-tower/);
		await page.waitForFunction(() => window.__mapState === 'idle');
		expect(haversine(await mapCenter(page), expectedPlaceCenter('xunyang-tower'))).toBeLessThan(
			100
		);
		const lit = await page.evaluate(
			() => window.__map!.getFeatureState({ source: 'places', id: 'xunyang-tower' }).active
		);
		expect(lit).toBe(true);
		// Its neighbours within 1 km are listed and can be chosen.
		await page.getByTestId('place-panel').getByRole('button', { name: '锁江楼' }).click();
		await expect(panelHeading(page)).toHaveText('锁江楼');
		expectClean(watch);
	});

	test('clicking a place on the map selects its list item', async ({ page }) => {
		await page.goto('/explore/');
		await waitForMapIdle(page);
		const target = getPlace('sinopec-jiujiang')!;
		// The list scrolled past the place's row: choosing it on the map brings the row back.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		const point = await page.evaluate((lonLat) => {
			const map = window.__map!;
			const p = map.project(lonLat as [number, number]);
			const box = map.getCanvas().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		}, target.geometry!.coordinates as number[]);
		await page.mouse.click(point.x, point.y);
		const row = page.locator('#item-sinopec-jiujiang');
		await expect(row).toHaveAttribute('aria-current', 'true');
		await expect(panelHeading(page)).toHaveText(target.properties.name);
		await expect(row).toBeInViewport();
		// Whole, and not under the sticky site bar.
		const header = await page.locator('.site-header').boundingBox();
		await expect
			.poll(async () => (await row.boundingBox())!.y)
			.toBeGreaterThanOrEqual(header!.y + header!.height);
	});

	test('on a phone, choosing and leaving a place scrolls to what the reader needs to see', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/explore/');
		const header = page.locator('.site-header');
		/** The element is whole on screen, below the sticky site bar. */
		const expectClear = async (target: ReturnType<Page['locator']>) => {
			await expect(target).toBeInViewport({ ratio: 1 });
			await expect
				.poll(async () => {
					const bar = (await header.boundingBox())!;
					return (await target.boundingBox())!.y - (bar.y + bar.height);
				})
				.toBeGreaterThanOrEqual(0);
		};
		const row = page.locator('#item-gantang-lake');
		await row.scrollIntoViewIfNeeded();
		await row.click();
		await expect(panelHeading(page)).toHaveText('甘棠湖');
		// The map (the list is below it here) and the panel's title, both on screen.
		await expectClear(page.locator('[data-map-state]'));
		await expectClear(panelHeading(page));
		await page.getByRole('button', { name: '返回列表' }).click();
		await expect(row).toBeFocused();
		await expectClear(row);
	});

	test('hovering a list item draws its place larger on the map', async ({ page }) => {
		await page.goto('/explore/');
		await waitForMapIdle(page);
		await page.locator('#item-suojiang-tower').hover();
		await expect
			.poll(() =>
				page.evaluate(
					() => window.__map!.getFeatureState({ source: 'places', id: 'suojiang-tower' }).hover
				)
			)
			.toBe(true);
		await page.mouse.move(2, 400);
		await expect
			.poll(() =>
				page.evaluate(
					() => window.__map!.getFeatureState({ source: 'places', id: 'suojiang-tower' }).hover
				)
			)
			.toBe(false);
	});
});

/** Metres from `here` to a place's geometry, computed here from geo/ (not by the page). */
function metresTo(here: Position, slug: string): number {
	const g = getPlace(slug)!.geometry!;
	return g.type === 'Point'
		? haversine(here, g.coordinates as Position)
		: pointToLine(here, g.coordinates as Position[]);
}

test.describe('explore: near me', () => {
	// By the river, a little east of 锁江楼.
	const here: Position = [116.0046, 29.7402];

	test('with the position allowed, places are sorted nearest first', async ({ page, context }) => {
		await context.grantPermissions(['geolocation']);
		await context.setGeolocation({ longitude: here[0], latitude: here[1] });
		await page.goto('/explore/');
		await page.getByRole('button', { name: '离我最近' }).click();
		await expect(page.getByRole('status').filter({ hasText: '已按离你的远近排列' })).toBeVisible();
		const expected = placed
			.map((p) => ({ slug: p.id, metres: metresTo(here, p.id) }))
			.sort((a, b) => a.metres - b.metres)
			.map((p) => p.slug);
		const shown = await placedRows(page).evaluateAll((els) =>
			els.map((el) => el.querySelector('a')!.dataset.slug!)
		);
		expect(shown).toEqual(expected);
		// The placed ones come first, each with its distance; the rest follow.
		await expect(list(page).first()).toContainText('离你');
		await expect(list(page).nth(placed.length)).toContainText('不在地图上');
		// Nothing about the position reaches the address.
		expect(page.url()).not.toMatch(/116\.|29\./);
		await page.getByRole('button', { name: '恢复默认排列' }).click();
		await expect(list(page).first()).not.toContainText('离你');
	});

	test('from outside the district it says so', async ({ page, context }) => {
		await context.grantPermissions(['geolocation']);
		// Nanchang, 120 km away.
		await context.setGeolocation({ longitude: 115.858, latitude: 28.683 });
		await page.goto('/explore/');
		await page.getByRole('button', { name: '离我最近' }).click();
		await expect(page.getByRole('status').filter({ hasText: '不在浔阳区范围内' })).toBeVisible();
	});

	test('with the permission refused it says so and keeps the list as it was', async ({ page }) => {
		await page.goto('/explore/');
		const first = await list(page).first().textContent();
		await page.getByRole('button', { name: '离我最近' }).click();
		await expect(page.getByRole('status').filter({ hasText: '没有得到位置权限' })).toBeVisible();
		expect(await list(page).first().textContent()).toBe(first);
	});
});

test.describe('explore: the address holds the view', () => {
	test('reload restores filters, search and selection', async ({ page, context }) => {
		await page.goto('/explore/');
		await page.getByRole('checkbox', { name: /民生保障/ }).check();
		await page.getByRole('checkbox', { name: /2023年已完成/ }).check();
		await page.getByLabel('搜索地点').fill('cjs');
		await page.getByRole('link', { name: /曹家山三期安置小区/ }).click();
		await expect(panelHeading(page)).toHaveText('曹家山三期安置小区');
		await expect(page).toHaveURL(
			/\?cat=livelihood&status=completed-2023&q=cjs&site=caojiashan-phase-3$/
		);
		await page.reload();
		await expect(page.getByRole('checkbox', { name: /民生保障/ })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: /2023年已完成/ })).toBeChecked();
		await expect(page.getByLabel('搜索地点')).toHaveValue('cjs');
		await expect(panelHeading(page)).toHaveText('曹家山三期安置小区');
		// Not on the map: the map says so, with where it is in words when a source says.
		await expect(page.locator('[data-map-state] aside')).toContainText('曹家山三期安置小区');
		// The panel's share button copies this exact view.
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.getByTestId('place-panel').getByRole('button', { name: '分享' }).click();
		await expect(page.getByText('链接已复制')).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).search).toBe(
			'?cat=livelihood&status=completed-2023&q=cjs&site=caojiashan-phase-3'
		);
	});

	test('100 malformed query strings end on a working page', async ({ page }) => {
		test.setTimeout(240_000);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(`${page.url()}: ${e}`));
		let seed = 10;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
		const keys = ['cat', 'status', 'street', 'acc', 'q', 'site', 'x', '', '%'];
		const values = [
			'industry',
			'industry,bogus',
			'%E7%94%98%E6%A3%A0',
			'%',
			'%E0%A4%A',
			'%FF%FE',
			'%00%0A',
			'caojiashan-phase-3',
			'../../etc/passwd',
			'<script>alert(1)</script>',
			'\u202e',
			'x'.repeat(2000),
			',,,',
			'none',
			'+',
			'曹家山'
		];
		const slugs = new Set(places.map((p) => p.id));
		for (let i = 0; i < 100; i++) {
			const parts = Array.from(
				{ length: 1 + Math.floor(next() * 4) },
				() => `${pick(keys)}=${pick(values)}`
			);
			// As the browser sends it (non-ASCII percent-encoded).
			const search = new URL(`http://x/?${parts.join(pick(['&', '&&', ';', '&=&']))}`).search;
			await page.goto(`/explore/${search}`, { waitUntil: 'domcontentloaded' });
			await expect(page.getByRole('heading', { level: 1 }), search).toHaveText('地点地图');
			await expect(page.getByRole('status').filter({ hasText: /^显示 \d+ 处/ })).toBeVisible();
			// What was understood is kept, in its plain form; the rest is dropped.
			const understood = toQuery(parseQuery(search, slugs));
			await expect.poll(() => page.evaluate(() => location.search), search).toBe(understood);
		}
		expect(errors).toEqual([]);
	});
});

test.describe('explore: by keyboard alone', () => {
	/** Presses Tab until the focused element matches, or fails after `max` presses. */
	async function tabTo(page: Page, selector: string, max = 150) {
		for (let i = 0; i < max; i++) {
			if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
			await page.keyboard.press('Tab');
		}
		throw new Error(`Tab never reached ${selector}`);
	}

	test('filter, search, select and open a place', async ({ page }) => {
		await page.goto('/explore/');
		await tabTo(page, 'input[type="search"]');
		await page.keyboard.type('xunyang');
		await expect(list(page).first()).toContainText('浔阳');
		const found = await list(page).count();
		await tabTo(page, 'input[type="checkbox"][value="culture-tourism"]');
		await page.keyboard.press('Space');
		await expect(page.getByRole('checkbox', { name: /文化旅游/ })).toBeChecked();
		await expect.poll(() => list(page).count()).toBeLessThan(found);
		await tabTo(page, '#item-xunyang-tower');
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toBeFocused();
		await expect(page).toHaveURL(/site=xunyang-tower/);
		await tabTo(page, '[data-testid="place-panel"] a.button');
		await expect(page.locator(':focus')).toHaveText('打开地点页');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/site\/xunyang-tower\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('浔阳楼');
	});
});

test.describe('explore and the text view for everyone', () => {
	// axe is injected as a script of its own, which the site's Content-Security-Policy forbids.
	test.describe('axe-core', () => {
		test.use({ bypassCSP: true });
		for (const [path, open, phone] of [
			['/explore/', false, false],
			['/explore/', true, false],
			['/explore/', true, true],
			['/site/', false, false],
			['/site/', false, true]
		] as const) {
			test(`${path}${open ? ' with a place open' : ''}${phone ? ' on a phone' : ''}: no serious or critical axe violations`, async ({
				page
			}) => {
				if (phone) await page.setViewportSize({ width: 390, height: 844 });
				await page.goto(path);
				if (path === '/explore/') await waitForMapIdle(page);
				if (open) {
					await page
						.getByRole('link', { name: /滨江路/ })
						.first()
						.click();
					await expect(page.getByTestId('place-panel')).toContainText('报告原文');
				}
				await page.addScriptTag({ path: axePath });
				const violations = await page.evaluate(async () => {
					const axe = (
						window as unknown as {
							axe: {
								run: (o: unknown) => Promise<{
									violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
								}>;
							};
						}
					).axe;
					const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
					return result.violations
						.filter((v) => v.impact === 'serious' || v.impact === 'critical')
						.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`);
				});
				expect(violations).toEqual([]);
			});
		}
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the text view lists every place by street and by category, with status and figures', async ({
			page
		}) => {
			await page.goto('/site/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('报告里的地点');
			await expect(page.locator('article.entry')).toHaveCount(places.length);
			await expect(page.getByRole('heading', { name: '按街道' })).toBeVisible();
			await expect(page.getByRole('heading', { name: /^甘棠街道（\d+ 处）$/ })).toBeVisible();
			const categories = new Set(places.map((p) => p.properties.category));
			await expect(page.locator('.category h3')).toHaveCount(categories.size);
			// A place with a figure shows it; an unplaced one says so, with its words-location.
			const withFigure = places.find((p) => p.properties.figures.length > 0)!;
			const figure = withFigure.properties.figures[0];
			const entry = page.locator('article.entry', {
				has: page.getByRole('heading', { name: withFigure.properties.name })
			});
			await expect(entry).toContainText(figure.label);
			await expect(entry).toContainText(String(figure.value));
			const lake = page.locator('article.entry', {
				has: page.getByRole('link', { name: '甘棠湖' })
			});
			await expect(lake).toContainText('不在地图上');
			await expect(lake).toContainText(
				getPlace('gantang-lake')!.properties.position.description!.text
			);
		});

		test('the map page still lists every place as a link, over the map’s picture', async ({
			page
		}) => {
			await page.goto('/explore/');
			await expect(list(page)).toHaveCount(places.length);
			await expect(page.getByRole('img', { name: /按类别着色/ })).toBeVisible();
			await page
				.getByRole('link', { name: /滨江路/ })
				.first()
				.click();
			await expect(page).toHaveURL(/\/site\/binjiang-road\/$/);
		});
	});

	test('on a phone, a street’s place link lands on its entry, clear of the site bar', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/site/');
		const street = page.locator('.street', {
			has: page.getByRole('heading', { name: /^甘棠街道/ })
		});
		const link = street.getByRole('link').first();
		const name = (await link.textContent())!;
		await link.click();
		const heading = page.getByRole('heading', { level: 4, name });
		await expect(heading).toBeInViewport({ ratio: 1 });
		const bar = (await page.locator('.site-header').boundingBox())!;
		expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
	});

	// Entries out of view are skipped by the browser until they come near (content-visibility);
	// the size they are given meanwhile must be near their real one, or the scroll bar lies about
	// how long the page is and grows under the reader's thumb.
	for (const [path, viewport] of [
		['/site/', { width: 390, height: 844 }],
		['/site/', { width: 1280, height: 800 }],
		['/explore/', { width: 390, height: 844 }]
	] as const) {
		test(`${path} at ${viewport.width} px is about as long before it is read as after`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto(path, { waitUntil: 'networkidle' });
			const before = await page.evaluate(() => document.documentElement.scrollHeight);
			const after = await page.evaluate(async () => {
				const frame = () =>
					new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
					scrollTo(0, y);
					await frame();
				}
				return document.documentElement.scrollHeight;
			});
			expect(after).toBeGreaterThan(viewport.height * 3);
			expect(before / after, `${before} px at load, ${after} px once read`).toBeGreaterThan(0.85);
			expect(before / after, `${before} px at load, ${after} px once read`).toBeLessThan(1.15);
		});
	}

	test('printed, the text view gives each place a page, placed ones with their locator picture', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/site/');
		await page.emulateMedia({ media: 'print' });
		const locator = page.locator('article.entry .locator img').first();
		await locator.scrollIntoViewIfNeeded();
		await expect(locator).toBeVisible();
		await expect
			.poll(() => locator.evaluate((img) => (img as HTMLImageElement).naturalWidth))
			.toBeGreaterThan(0);
		await expect(page.locator('.site-header')).toBeHidden();
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		// One page per place (the street index shares the first place's page at most).
		expect(pages).toBeGreaterThanOrEqual(places.length);
	});
});

test.describe('explore screenshots for people to look at', () => {
	for (const [name, viewport] of [
		['desktop', { width: 1280, height: 800 }],
		['phone', { width: 390, height: 844 }]
	] as const) {
		test(`${name}: picture, live map, a place open; nothing wider than the screen`, async ({
			page
		}) => {
			const watch = await watchPage(page);
			await page.setViewportSize(viewport);
			await page.goto('/explore/');
			await page.screenshot({ path: screenshotPath(`explore-${name}-picture`) });
			await waitForMapIdle(page);
			await mapFadedIn(page);
			await page.screenshot({ path: screenshotPath(`explore-${name}`) });
			await page
				.getByRole('link', { name: /滨江路/ })
				.first()
				.click();
			await expect(page.getByTestId('place-panel')).toContainText('报告原文');
			await page.waitForFunction(() => window.__mapState === 'idle');
			await page.screenshot({ path: screenshotPath(`explore-${name}-selected`) });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
			await page.goto('/site/');
			await page.screenshot({ path: screenshotPath(`explore-site-${name}`) });
			// As printed: the first place on the map, with its locator picture.
			await page.emulateMedia({ media: 'print' });
			const entry = page.locator('article.entry', { has: page.locator('.locator') }).first();
			await entry.scrollIntoViewIfNeeded();
			await expect
				.poll(() => entry.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
				.toBeGreaterThan(0);
			await entry.screenshot({ path: screenshotPath(`explore-site-print-${name}`) });
			expectClean(watch);
		});
	}
});
