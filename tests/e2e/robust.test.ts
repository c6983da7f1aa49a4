import type { Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { haversine as distanceM } from '../../src/lib/geo/distance';
import { expect, test } from './fixtures';
import { expectClean, mapCenter, startMap, waitForMapIdle, watchPage } from './helpers';
import { expectedFor, places, steps } from './story-data';

/** Scrolls so a step is being read (its top a little above the trigger line). */
async function readStep(page: Page, id: string) {
	await page.locator(`#step-${id}`).evaluate((el) => {
		const phone = window.matchMedia('(max-width: 760px)').matches;
		const top = el.getBoundingClientRect().top + window.scrollY;
		window.scrollTo({ top: top - window.innerHeight * (phone ? 0.6 : 0.3), behavior: 'instant' });
	});
}

/** The built map chunk: the largest JavaScript file that contains MapLibre. */
const MAP_CHUNK = (() => {
	const dir = 'build/_app/immutable/chunks';
	const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
	const withMap = js.filter((f) => readFileSync(`${dir}/${f}`, 'utf8').includes('maplibre'));
	return withMap.sort((a, b) => statSync(`${dir}/${b}`).size - statSync(`${dir}/${a}`).size)[0];
})();

/** The built chunk of scrollama (the story's scroll observer). */
const SCROLL_CHUNK = readdirSync('build/_app/immutable/chunks').find((f) =>
	readFileSync(`build/_app/immutable/chunks/${f}`, 'utf8').includes('scrollama__debug-step')
)!;

async function expectCameraOn(page: Page, id: string) {
	const { center } = expectedFor(id);
	await expect
		.poll(async () => distanceM(await mapCenter(page), center), {
			message: `map centre for ${id}`,
			timeout: 20_000
		})
		.toBeLessThan(100);
}

test.describe('resilience', () => {
	test('rapid scrolling through every step (well under 2 s), three times: the map ends right', async ({
		page
	}) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await waitForMapIdle(page);
		const last = steps.at(-1)!.id;
		for (let round = 0; round < 3; round++) {
			// A reader flicking through the whole story: one scroll position per frame.
			const took = await page.evaluate(
				async (ids) => {
					const started = performance.now();
					for (const id of ids) {
						const el = document.getElementById(`step-${id}`)!;
						const top = el.getBoundingClientRect().top + window.scrollY;
						window.scrollTo({ top: top - window.innerHeight * 0.3, behavior: 'instant' });
						await new Promise((r) => requestAnimationFrame(r));
					}
					return performance.now() - started;
				},
				steps.map((s) => s.id)
			);
			// The flick is scheduled at 0.6 s; how long the browser takes to run it depends on
			// the machine (software WebGL here), so it is recorded, not judged.
			test.info().annotations.push({ type: 'flick', description: `${Math.round(took)} ms` });
			await expect(page.locator(`#step-${last}`)).toHaveAttribute('aria-current', 'step');
			await expectCameraOn(page, last);
			await readStep(page, steps[0].id);
		}
		expectClean(watch);
	});

	test('turning a phone and back mid-story: layout and map recover', async ({ page }) => {
		const watch = await watchPage(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/#step-binjiang-road');
		await waitForMapIdle(page);
		await expectCameraOn(page, 'binjiang-road');
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 844, height: 390 },
			{ width: 1280, height: 800 }
		]) {
			await page.setViewportSize(viewport);
			await readStep(page, 'binjiang-road');
			await expect(page.locator('#step-binjiang-road')).toHaveAttribute('aria-current', 'step');
			await expectCameraOn(page, 'binjiang-road');
			// The map fills its column: its canvas follows the new size.
			const fits = await page.evaluate(() => {
				const map = window.__map!;
				const box = map.getContainer().getBoundingClientRect();
				return Math.abs(map.getCanvas().clientWidth - box.width) < 2;
			});
			expect(fits, `canvas fits at ${viewport.width}×${viewport.height}`).toBe(true);
			// The whole road is in view at every size.
			const road = places.find((p) => p.id === 'binjiang-road')!.geometry as GeoJSON.LineString;
			const outside = await page.evaluate((coords) => {
				const map = window.__map!;
				const { clientWidth: w, clientHeight: h } = map.getContainer();
				return coords
					.map((c) => map.project(c as [number, number]))
					.filter((p) => p.x < -1 || p.y < -1 || p.x > w + 1 || p.y > h + 1).length;
			}, road.coordinates);
			expect(outside).toBe(0);
		}
		expectClean(watch);
	});

	test('on a slow network the text is usable before the map; a step read early applies when it arrives', async ({
		page
	}) => {
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		// Hold back the map chunk (the JavaScript that contains MapLibre) until the test says so.
		await page.route(`**/${MAP_CHUNK}`, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/');
		await startMap(page);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'loading');
		// Reading goes on: the progress line and the address follow the text.
		await readStep(page, 'coal-wharf');
		await expect(page.locator('#step-coal-wharf')).toHaveAttribute('aria-current', 'step');
		await expect(page).toHaveURL(/#step-coal-wharf$/);
		// The picture already shows the step's places.
		await expect(page.locator('[data-map-state] img')).toHaveAttribute('src', /coal-wharf\.svg$/);
		release();
		await waitForMapIdle(page);
		await expectCameraOn(page, 'coal-wharf');
	});

	test('a story page left alone runs neither the map nor the scroll observer; the first scroll starts both', async ({
		page
	}) => {
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		await page.goto('/', { waitUntil: 'networkidle' });
		// Both measure or draw the whole page: kept out of the first paint (issue 14).
		await page.waitForTimeout(1000);
		expect(SCROLL_CHUNK).toBeTruthy();
		expect(requested.filter((u) => u.endsWith(SCROLL_CHUNK) || u.endsWith(MAP_CHUNK))).toEqual([]);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'picture');
		// One scroll: the step under the reading line becomes the current one.
		await readStep(page, 'coal-wharf');
		await expect(page.locator('#step-coal-wharf')).toHaveAttribute('aria-current', 'step');
		await expect(page).toHaveURL(/#step-coal-wharf$/);
		expect(requested.some((u) => u.endsWith(SCROLL_CHUNK))).toBe(true);
		await waitForMapIdle(page);
		await expectCameraOn(page, 'coal-wharf');
	});

	test('the live map fades in over its picture: the picture stays until the map covers it', async ({
		page
	}) => {
		await page.goto('/');
		// Record, in the page, when the live map is made visible and when the picture leaves.
		await page.evaluate(() => {
			const w = window as unknown as { __swap: { shown?: number; gone?: number } };
			w.__swap = {};
			new MutationObserver(() => {
				const now = performance.now();
				if (w.__swap.shown === undefined && document.querySelector('.canvas.shown'))
					w.__swap.shown = now;
				if (w.__swap.gone === undefined && !document.querySelector('.map .picture'))
					w.__swap.gone = now;
			}).observe(document.body, { subtree: true, childList: true, attributeFilter: ['class'] });
		});
		await waitForMapIdle(page);
		const swap = await page
			.waitForFunction(() => {
				const s = (window as unknown as { __swap: { shown?: number; gone?: number } }).__swap;
				return s.shown !== undefined && s.gone !== undefined ? s : null;
			})
			.then((h) => h.jsonValue() as Promise<{ shown: number; gone: number }>);
		// The map fades in over 0.3 s: the picture under it must outlast the fade, or the reader
		// sees the map vanish to a blank background and come back washed out.
		expect(swap.gone - swap.shown).toBeGreaterThanOrEqual(280);
	});

	test('a map chunk that fails to load leaves the text and a picture, with a short message', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.route(`**/${MAP_CHUNK}`, (route) => route.abort());
		await page.goto('/#step-coal-wharf');
		await startMap(page);
		await expect(page.getByRole('status').filter({ hasText: '交互地图未能加载' })).toBeVisible();
		await expect(page.locator('[data-map-state] img')).toBeVisible();
		await expect(page.locator('#step-coal-wharf blockquote')).toContainText('全省首座万吨级码头');
		expect(errors).toEqual([]);
	});
});

test.describe('Content-Security-Policy', () => {
	const pages = [
		'/',
		'/report/',
		'/site/',
		'/site/guoneng-coal-wharf/',
		'/site/gantang-lake/',
		'/site/nope/'
	];

	for (const path of pages) {
		test(`${path} carries a policy of our own origin and breaks none of it`, async ({ page }) => {
			await page.addInitScript(() => {
				(window as unknown as { __csp: string[] }).__csp = [];
				document.addEventListener('securitypolicyviolation', (e) =>
					(window as unknown as { __csp: string[] }).__csp.push(
						`${e.violatedDirective} ${e.blockedURI}`
					)
				);
			});
			const watch = await watchPage(page);
			await page.goto(path);
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(policy).toContain("default-src 'self'");
			expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
			expect(policy).toContain('worker-src');
			if ((await page.locator('[data-map-state]').count()) > 0) await waitForMapIdle(page);
			const share = page.getByRole('button', { name: '二维码' }).first();
			if (await share.isVisible()) {
				await share.click();
				await expect(page.getByRole('img', { name: /二维码/ })).toBeVisible();
			}
			expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual(
				[]
			);
			// A not-found page is itself a 404 response, which the browser logs; nothing else may.
			if (path === '/site/nope/') {
				watch.consoleErrors = watch.consoleErrors.filter((e) => !/status of 404/.test(e));
			}
			expectClean(watch);
		});
	}
});

/** A small deterministic generator, so the 200 addresses are the same on every run. */
function* malformedUrls(count: number): Generator<string> {
	let seed = 20240120;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
	const bases = [
		'/',
		'/report/',
		'/site/',
		'/site/binjiang-road/',
		'/site/gantang-lake/',
		'/explore/',
		'/present/'
	];
	const junk = [
		'%',
		'%E0%A4%A',
		'%00',
		'..%2F..%2F',
		'<script>alert(1)</script>',
		'"\'><img src=x>',
		'\u202e',
		'甘棠湖',
		'x'.repeat(3000),
		'#',
		'?',
		'&&&',
		'=',
		'%FF%FE',
		'step-',
		'step-coal-wharf',
		'null',
		'[]'
	];
	const keys = ['q', 'cat', 'status', 'street', 'acc', 'site', 'step', 'slide', 'view', 'from'];
	for (let i = 0; i < count; i++) {
		const base = pick(bases);
		const kind = Math.floor(next() * 4);
		if (kind === 0)
			yield `${base}?${pick(keys)}=${encodeURI(pick(junk)).slice(0, 2500)}&${pick(keys)}=${pick(junk).slice(0, 50)}`;
		else if (kind === 1) yield `${base}#${pick(junk).slice(0, 2500)}`;
		else if (kind === 2) yield `${base}${encodeURIComponent(pick(junk)).slice(0, 200)}/`;
		else yield `${base}?${pick(junk).slice(0, 100)}#step-${pick(junk).slice(0, 100)}`;
	}
}

test('200 malformed addresses across every route end on a working page', async ({ page }) => {
	test.setTimeout(300_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`${page.url()}: ${e}`));
	let checked = 0;
	for (const url of malformedUrls(200)) {
		// From a blank page, so every address is a fresh load (not a same-page hash change).
		await page.goto('about:blank');
		const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
		expect([200, 404], url.slice(0, 80)).toContain(response?.status());
		await expect(page.getByRole('heading', { level: 1 }).first(), url.slice(0, 80)).toBeVisible();
		checked++;
	}
	expect(checked).toBe(200);
	expect(errors).toEqual([]);
});
