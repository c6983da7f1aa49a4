import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { ONLINE_PORT } from '../../playwright.config';
import { haversine as distanceM } from '../../src/lib/geo/distance';
import { SKETCH_MAX_ZOOM } from '../../src/lib/map/basemap';
import { frameCamera } from '../../src/lib/map/frame';
import { stepView } from '../../src/lib/story/mapstate';
import { expectClean, mapCenter, screenshotPath, waitForMapIdle, watchPage } from './helpers';
import { expectedFor, getPlace, overview, overviewFrame, places, steps } from './story-data';

/** Every slide's stop id, in order: the opening, the steps, the closing. */
const ids = ['opening', ...steps.map((s) => s.id), 'closing'];
const LAST = ids.length - 1;
const PROJECTOR = { width: 1920, height: 1080 };

/** Where the map must be centred on a slide: the story's own frame for that stop. */
function expectedCenter(id: string): [number, number] {
	if (id === 'opening') return overview.center;
	if (id === 'closing') {
		const placed = places.filter((p) => p.geometry).map((p) => p.id);
		const { state } = stepView({ places: placed }, getPlace, SKETCH_MAX_ZOOM, overviewFrame);
		return frameCamera(state.frame, { width: 800, height: 600 }).center;
	}
	return expectedFor(id).center;
}

const deck = (page: Page) => page.locator('[data-slide-index]');

/** The slide shown is `index`: text, counter and address agree, and the map is on its place. */
async function expectSlide(page: Page, index: number) {
	const id = ids[index];
	await expect(deck(page)).toHaveAttribute('data-slide-index', String(index));
	await expect(deck(page)).toHaveAttribute('data-slide-id', id);
	await expect(page.locator('.count')).toHaveText(`${index + 1} / ${ids.length}`);
	await expect
		.poll(async () => distanceM(await mapCenter(page), expectedCenter(id)), {
			message: `map centre on slide ${index + 1} (${id})`,
			timeout: 15_000
		})
		.toBeLessThan(100);
	expect(new URL(page.url()).hash).toBe(`#${id}`);
}

/** Reads the QR code in a screenshot of the element. */
async function decodeQr(code: Locator): Promise<string | null> {
	const png = PNG.sync.read(await code.screenshot());
	const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	return result?.data ?? null;
}

/** The boxes that must not move from slide to slide. */
async function layoutBoxes(page: Page) {
	const box = async (selector: string) => {
		const b = await page.locator(selector).boundingBox();
		return b && [b.x, b.y, b.width, b.height].map(Math.round);
	};
	return {
		text: await box('.text'),
		words: await box('.words'),
		qr: await box('.qr'),
		map: await box('.stage')
	};
}

test.describe('presentation: keys', () => {
	test.use({ viewport: PROJECTOR, reducedMotion: 'reduce' });

	test('→ PageDown Space ↓ move exactly one slide forward, ← PageUp ↑ Shift+Space one back; the map follows', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const watch = await watchPage(page);
		await page.goto('/present/');
		await waitForMapIdle(page);
		await expectSlide(page, 0);
		const forward = ['ArrowRight', 'PageDown', 'Space', 'ArrowDown'];
		for (let i = 1; i <= LAST; i++) {
			await page.keyboard.press(forward[i % forward.length]);
			await expectSlide(page, i);
		}
		// Past the end nothing moves.
		await page.keyboard.press('PageDown');
		await expectSlide(page, LAST);
		const back = ['ArrowLeft', 'PageUp', 'ArrowUp', 'Shift+Space'];
		for (let i = LAST - 1; i >= 0; i--) {
			await page.keyboard.press(back[i % back.length]);
			await expectSlide(page, i);
		}
		await page.keyboard.press('PageUp');
		await expectSlide(page, 0);
		expectClean(watch);
	});

	test('Home and End go to the ends; a number then Enter jumps to that slide', async ({ page }) => {
		await page.goto('/present/');
		await waitForMapIdle(page);
		await page.keyboard.press('End');
		await expectSlide(page, LAST);
		await page.keyboard.press('Home');
		await expectSlide(page, 0);
		await page.keyboard.press('7');
		await expect(page.locator('.typed')).toHaveText('跳到第 7 张…');
		// Typing alone does not move.
		await expect(deck(page)).toHaveAttribute('data-slide-index', '0');
		await page.keyboard.press('Enter');
		await expectSlide(page, 6);
		await expect(page.locator('.typed')).toHaveCount(0);
		await page.keyboard.type('12');
		await page.keyboard.press('Enter');
		await expectSlide(page, 11);
		await page.keyboard.type('3');
		await page.keyboard.press('Backspace');
		await page.keyboard.type('2');
		await page.keyboard.press('Enter');
		await expectSlide(page, 1);
		// A number beyond the deck goes to the last slide.
		await page.keyboard.type('99');
		await page.keyboard.press('Enter');
		await expectSlide(page, LAST);
	});

	test('B blacks the whole screen and B again brings the slide back; F and Esc enter and leave full screen', async ({
		page
	}) => {
		await page.goto('/present/#coal-wharf');
		await waitForMapIdle(page);
		await expectSlide(page, 2);
		const topAtCentre = () =>
			page.evaluate(() => {
				const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
				return el?.hasAttribute('data-black') ? 'black' : 'slide';
			});
		await page.keyboard.press('b');
		await expect.poll(topAtCentre).toBe('black');
		await expect(page.locator('[data-black]')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
		await page.keyboard.press('B');
		await expect.poll(topAtCentre).toBe('slide');
		await expectSlide(page, 2);

		const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
		await page.keyboard.press('f');
		await expect.poll(fullscreen).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(fullscreen).toBe(false);
		await expectSlide(page, 2);
	});

	test('a held key moves one slide, not one per auto-repeat', async ({ page }) => {
		await page.goto('/present/');
		await waitForMapIdle(page);
		await page.keyboard.down('PageDown');
		for (let i = 0; i < 5; i++) {
			await page.evaluate(() =>
				window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', repeat: true }))
			);
		}
		await page.keyboard.up('PageDown');
		await expectSlide(page, 1);
	});
});

test.describe('presentation: motion', () => {
	test.use({ viewport: PROJECTOR });

	test('each flight takes at most 1.5 s, and ten quick presses land on the tenth slide', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/present/');
		await waitForMapIdle(page);
		await page.evaluate(() => {
			const w = window as unknown as { flights: number[] };
			w.flights = [];
			let start = 0;
			window.__map!.on('movestart', () => (start = performance.now()));
			window.__map!.on('moveend', () => w.flights.push(performance.now() - start));
		});
		for (let i = 1; i <= 3; i++) {
			await page.keyboard.press('PageDown');
			await expectSlide(page, i);
			await waitForMapIdle(page);
		}
		const flights = await page.evaluate(() => (window as unknown as { flights: number[] }).flights);
		expect(flights.length).toBeGreaterThanOrEqual(3);
		for (const ms of flights) expect(ms).toBeLessThanOrEqual(1500);
		// Some of them were real flights, not jumps (motion is allowed here).
		expect(Math.max(...flights)).toBeGreaterThan(100);

		await page.keyboard.press('Home');
		await expectSlide(page, 0);
		for (let i = 0; i < 10; i++) await page.keyboard.press('PageDown');
		await expectSlide(page, 10);
	});

	test('with reduced motion the map jumps: it is on the new place at once', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/present/');
		await waitForMapIdle(page);
		await page.keyboard.press('PageDown');
		await expect(deck(page)).toHaveAttribute('data-slide-index', '1');
		const now = await page.evaluate(() => ({
			moving: window.__map!.isMoving(),
			center: window.__map!.getCenter().toArray() as [number, number]
		}));
		expect(now.moving).toBe(false);
		expect(distanceM(now.center, expectedCenter(ids[1]))).toBeLessThan(100);
	});
});

test.describe('presentation: projector', () => {
	test.use({ viewport: PROJECTOR, reducedMotion: 'reduce' });

	test('at 1920×1080 the text is large for a hall, nothing scrolls and nothing moves between slides', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/present/');
		await waitForMapIdle(page);
		const first = await layoutBoxes(page);
		for (let i = 0; i <= LAST; i++) {
			if (i > 0) await page.keyboard.press('PageDown');
			await expectSlide(page, i);
			const sizes = await page.evaluate(() => {
				const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
				const words = document.querySelector('.words')!;
				/** Elements matching `selector` whose box leaves the box of `frame`. */
				const outside = (selector: string, frame: string) => {
					const f =
						frame === 'viewport'
							? new DOMRect(0, 0, innerWidth, innerHeight)
							: document.querySelector(frame)!.getBoundingClientRect();
					return [...document.querySelectorAll(selector)]
						.filter((el) => {
							const r = el.getBoundingClientRect();
							if (r.width === 0 && r.height === 0) return false;
							return (
								r.left < f.left - 1 ||
								r.top < f.top - 1 ||
								r.right > f.right + 1 ||
								r.bottom > f.bottom + 1
							);
						})
						.map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent}`);
				};
				// Every piece of text on the slide's words side, and the key figures.
				const texts = [...document.querySelectorAll('.text p, .text li, .text blockquote')];
				const figures = [...document.querySelectorAll('.figures li')].map(px);
				return {
					smallest: Math.min(...texts.map(px)),
					body: px(document.querySelector('.words')!),
					title: px(document.querySelector('.title')!),
					figures,
					overflow: words.scrollHeight - words.clientHeight,
					// Element boxes: every element of the words inside the words' box (which hides
					// what overflows), everything else on the text side inside the text side, the
					// map's own notes inside the map.
					clipped: [
						...outside('.words *', '.words'),
						...outside('.foot *', '.text'),
						...outside('.stage .notice, .stage .badge, .stage aside', '.stage'),
						...outside('.text, .stage', 'viewport')
					],
					// Scroll size and client size (which a scroll bar would shrink) of the document.
					scroll: [
						document.documentElement.scrollWidth,
						document.documentElement.scrollHeight,
						document.documentElement.clientWidth,
						document.documentElement.clientHeight
					]
				};
			});
			expect(sizes.smallest, `smallest text on slide ${i + 1}`).toBeGreaterThanOrEqual(32);
			expect(sizes.title).toBeGreaterThan(sizes.body * 1.5);
			for (const f of sizes.figures) expect(f).toBeGreaterThan(sizes.body * 1.2);
			expect(sizes.overflow, `words cut off on slide ${i + 1}`).toBeLessThanOrEqual(0);
			expect(sizes.clipped, `boxes cut off on slide ${i + 1}`).toEqual([]);
			expect(sizes.scroll).toEqual([1920, 1080, 1920, 1080]);
			expect(await layoutBoxes(page), `layout on slide ${i + 1}`).toEqual(first);
		}
		// Some slide has figures to show large (the test above is not vacuous).
		await page.keyboard.press('Home');
		await page.keyboard.type('3');
		await page.keyboard.press('Enter');
		await expect(page.locator('.figures li')).toHaveText(['全省首座万吨级码头']);
	});

	test('the turn buttons for touch screens are not shown on a projector', async ({ page }) => {
		await page.goto('/present/');
		await expect(deck(page)).toHaveAttribute('data-slide-index', '0');
		await expect(page.locator('.count')).toBeVisible();
		await expect(page.getByRole('button', { name: '下一张' })).toBeHidden();
	});

	test('the map labels and the unplaced names are scaled for the hall', async ({ page }) => {
		await page.goto('/present/#two-lakes');
		await waitForMapIdle(page);
		const labels = await page.evaluate(() => {
			const map = window.__map!;
			return ['place-label-lit', 'place-label', 'water-label', 'district-label'].map(
				(id) => map.getLayoutProperty(id, 'text-size') as number
			);
		});
		// About twice the normal 15/13/14/13 px.
		expect(labels[0]).toBeGreaterThanOrEqual(28);
		for (const size of labels) expect(size).toBeGreaterThanOrEqual(24);
		const overlay = page.getByRole('complementary', { name: '尚未标在图上的地点' });
		await expect(overlay).toContainText('甘棠湖');
		await expect(overlay).toContainText('南门湖');
		const px = await overlay.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(px).toBeGreaterThanOrEqual(22);
		// The overlay does not need its own scroll bar.
		expect(await overlay.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(
			0
		);
	});

	test('labels grow with the window: opened small, then made full size on the projector', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto('/present/#coal-wharf');
		await waitForMapIdle(page);
		const litSize = () =>
			page.evaluate(
				() => window.__map!.getLayoutProperty('place-label-lit', 'text-size') as number
			);
		const small = await litSize();
		expect(small).toBeLessThan(25);
		await page.setViewportSize(PROJECTOR);
		await expect.poll(litSize).toBeGreaterThanOrEqual(28);
		// Still framed on the place after the resize.
		await expectSlide(page, 2);
	});

	test('each slide shows a QR code, about 0.36 of the screen high, that opens its place', async ({
		page,
		baseURL
	}) => {
		await page.goto('/present/#coal-wharf');
		const code = page.locator('.qr [data-qr-path]');
		await expect(code.locator('img')).toBeVisible();
		const box = (await code.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(0.36 * PROJECTOR.height);
		expect(await decodeQr(code)).toBe(`${baseURL}/site/guoneng-coal-wharf/`);
		await page.keyboard.press('Home');
		await expect(code).toHaveAttribute('data-qr-path', '/');
		await expect.poll(() => decodeQr(code)).toBe(`${baseURL}/`);
		await page.keyboard.press('End');
		await expect.poll(() => decodeQr(code)).toBe(`${baseURL}/site/`);
	});

	test('screenshots: audience slides at 1920×1080 and one on a 1366×768 laptop', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const watch = await watchPage(page);
		for (const id of ['opening', 'coal-wharf', 'dazhong-road', 'plan-2024-culture', 'closing']) {
			await page.goto(`/present/#${id}`);
			await waitForMapIdle(page);
			await expectSlide(page, ids.indexOf(id));
			await page.screenshot({ path: screenshotPath(`present-1920-${id}`) });
		}
		await page.setViewportSize({ width: 1366, height: 768 });
		for (const id of ['opening', 'riverside']) {
			await page.goto(`/present/#${id}`);
			// Loaded at this size, as on the laptop (the map's label size is set at load).
			await page.reload();
			await waitForMapIdle(page);
			const fit = await page.evaluate(() => {
				const words = document.querySelector('.words')!;
				return {
					overflow: words.scrollHeight - words.clientHeight,
					scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight]
				};
			});
			expect(fit.overflow, id).toBeLessThanOrEqual(0);
			expect(fit.scroll).toEqual([1366, 768]);
			await page.screenshot({ path: screenshotPath(`present-1366-${id}`) });
		}
		expectClean(watch);
	});
});

// A shared /present/ link opened on a phone: the deck is made for a projector, but it must
// still read and turn there (before this, the text was 7 px, the QR code was cut in half and
// there was no way to move on without a keyboard).
test.describe('presentation: on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('portrait: the words read at phone size, nothing is cut off, and buttons turn the slides', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/present/#coal-wharf');
		await expect(deck(page)).toHaveAttribute('data-slide-id', 'coal-wharf');
		const fit = await page.evaluate(() => {
			const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
			const view = new DOMRect(0, 0, innerWidth, innerHeight);
			const outside = [...document.querySelectorAll('.text, .stage, .qr, .foot *, .counter button')]
				.filter((el) => {
					const r = el.getBoundingClientRect();
					if (r.width === 0 && r.height === 0) return false;
					return (
						r.left < -1 || r.top < -1 || r.right > view.right + 1 || r.bottom > view.bottom + 1
					);
				})
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
			const words = document.querySelector('.words')!;
			return {
				smallest: Math.min(
					...[
						...document.querySelectorAll('.words p, .words li, .words blockquote, .figures li')
					].map(px)
				),
				outside,
				// The words either fit or can be scrolled to the end.
				hidden:
					words.scrollHeight > words.clientHeight + 1 &&
					!/auto|scroll/.test(getComputedStyle(words).overflowY),
				map: document.querySelector('.stage')!.getBoundingClientRect().height,
				scroll: [document.documentElement.scrollWidth, document.documentElement.clientWidth]
			};
		});
		expect(fit.smallest, 'smallest text').toBeGreaterThanOrEqual(14);
		expect(fit.outside, 'boxes outside the screen').toEqual([]);
		expect(fit.hidden, 'words cut off with no way to scroll to them').toBe(false);
		expect(fit.map, 'map height').toBeGreaterThan(844 * 0.3);
		expect(fit.scroll[0]).toBe(fit.scroll[1]);

		await page.getByRole('button', { name: '下一张' }).tap();
		// The tap is the reader's first intent: the live map starts on it.
		await waitForMapIdle(page);
		await expectSlide(page, ids.indexOf('coal-wharf') + 1);
		await page.getByRole('button', { name: '上一张' }).tap();
		await expectSlide(page, ids.indexOf('coal-wharf'));
		await waitForMapIdle(page);
		// The live map fades in over 0.3 s: let it finish for the picture people look at.
		await expect(page.locator('.canvas.shown')).toHaveCSS('opacity', '1');
		await page.screenshot({ path: screenshotPath('present-phone-coal-wharf') });
	});
});

test.describe('presentation: presenter view', () => {
	test.use({ viewport: PROJECTOR, reducedMotion: 'reduce' });

	test('the presenter window drives the audience window; both agree after ten quick presses', async ({
		context
	}) => {
		test.setTimeout(120_000);
		const audience = await context.newPage();
		const presenter = await context.newPage();
		const watch = await watchPage(audience);
		await audience.goto('/present/');
		await waitForMapIdle(audience);
		await presenter.goto('/present/presenter/');
		await expect(deck(presenter)).toHaveAttribute('data-slide-index', '0');

		for (let i = 0; i < 10; i++) await presenter.keyboard.press('PageDown');
		await expect(deck(presenter)).toHaveAttribute('data-slide-index', '10');
		await expectSlide(audience, 10);

		// The presenter sees the current and the next slide and the current one's notes.
		const current = ids[10];
		await expect(presenter.locator('.now [data-preview-id]')).toHaveAttribute(
			'data-preview-id',
			current
		);
		await expect(presenter.locator('.next [data-preview-id]')).toHaveAttribute(
			'data-preview-id',
			ids[11]
		);
		await presenter.getByRole('button', { name: '‹ 上一张' }).click();
		await expectSlide(audience, 9);
		await expect(presenter.getByLabel('演讲备注')).toHaveText(steps[8].notes ?? '（本张没有备注）');

		// Black from the presenter blacks the audience, not the presenter's own view.
		await presenter.keyboard.press('b');
		await expect(audience.locator('[data-black]')).toBeVisible();
		await expect(presenter.getByText('观众屏幕已黑屏')).toBeVisible();
		await presenter.getByRole('button', { name: '黑屏 (B)' }).click();
		await expect(audience.locator('[data-black]')).toHaveCount(0);

		// A press in the audience window (the clicker talks to whichever has focus) moves both.
		await audience.keyboard.press('PageUp');
		await expect(deck(presenter)).toHaveAttribute('data-slide-index', '8');
		await expectSlide(audience, 8);

		// A window opened now picks up the slide being shown, whatever its own address says.
		const late = await context.newPage();
		await late.goto('/present/#opening');
		await waitForMapIdle(late);
		await expectSlide(late, 8);

		// The notes of a step that has some.
		await presenter.keyboard.press('Home');
		await presenter.keyboard.press('PageDown');
		await presenter.keyboard.press('PageDown');
		await expectSlide(audience, 2);
		await expectSlide(late, 2);
		const notes = steps[1].notes!;
		expect(notes).toBeTruthy();
		await expect(presenter.getByLabel('演讲备注')).toHaveText(notes);
		expectClean(watch);
	});

	test('the audience window starts its live map when the presenter window appears, with no key or pointer of its own', async ({
		context
	}) => {
		const audience = await context.newPage();
		await audience.goto('/present/');
		const state = audience.locator('[data-map-state]');
		// Alone and untouched, the deck shows the slide's picture (the map waits for a sign of use).
		await audience.waitForTimeout(1000);
		await expect(state).toHaveAttribute('data-map-state', 'picture');
		const presenter = await context.newPage();
		await presenter.goto('/present/presenter/');
		await expect(state).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
		await presenter.keyboard.press('PageDown');
		await expectSlide(audience, 1);
	});

	test('the stopwatch starts, pauses and resets', async ({ page }) => {
		await page.goto('/present/presenter/');
		const time = page.locator('[data-elapsed]');
		await expect(time).toHaveText('0:00:00');
		await page.getByRole('button', { name: '开始' }).click();
		await expect(time).toHaveText('0:00:01', { timeout: 3000 });
		await page.getByRole('button', { name: '暂停' }).click();
		const paused = await time.textContent();
		await page.waitForTimeout(1500);
		await expect(time).toHaveText(paused!);
		await page.getByRole('button', { name: '重置' }).click();
		await expect(time).toHaveText('0:00:00');
	});

	test('screenshot: presenter view at 1920×1080', async ({ page }) => {
		await page.goto('/present/presenter/#coal-wharf');
		await expect(deck(page)).toHaveAttribute('data-slide-index', '2');
		await expect(page.locator('.now img')).toBeVisible();
		await page.evaluate(() => document.fonts.ready);
		await page.screenshot({ path: screenshotPath('present-presenter-1920') });
		// The audience page never carries the notes.
		const audienceHtml = await (await page.request.get('/present/')).text();
		const data = await (await page.request.get('/present/__data.json')).text();
		for (const step of steps.filter((s) => s.notes)) {
			expect(audienceHtml).not.toContain(step.notes!);
			expect(data).not.toContain(step.notes!);
		}
	});
});

test.describe('presentation: offline', () => {
	test.use({ viewport: PROJECTOR, serviceWorkers: 'allow', reducedMotion: 'reduce' });

	test('only the presentation installs the offline copy: a reader of the story downloads none of it', async ({
		page
	}) => {
		const registrations = () =>
			page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
		await page.goto('/');
		await page.waitForLoadState('load');
		await page.mouse.wheel(0, 1200);
		await page.waitForTimeout(1000);
		expect(await registrations()).toBe(0);
		expect(await page.evaluate(() => caches.keys())).toEqual([]);
		await page.goto('/present/');
		await expect.poll(registrations).toBe(1);
	});

	test('after one visit, a reload with the network cut still shows the slides and the map', async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		await page.goto('/present/');
		await waitForMapIdle(page);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		// What the worker stored: the app, the start pages and the map's data, within budget.
		const stored = await page.evaluate(async () => {
			const names = await caches.keys();
			const ours = names.filter((n) => n.startsWith('xy-offline-'));
			const cache = await caches.open(ours[0]);
			const keys = await cache.keys();
			let bytes = 0;
			for (const request of keys) bytes += (await (await cache.match(request))!.blob()).size;
			return { ours, paths: keys.map((r) => new URL(r.url).pathname), bytes };
		});
		expect(stored.ours).toHaveLength(1);
		for (const path of ['/', '/present/', '/report/', '/site/', '/basemap/water.geojson']) {
			expect(stored.paths).toContain(path);
		}
		expect(stored.paths).toContain('/data/places.geojson');
		expect(stored.paths.some((p) => p.startsWith('/_app/immutable/'))).toBe(true);
		expect(stored.paths.some((p) => /^\/site\/[^/]+\/og\.png$/.test(p))).toBe(false);
		expect(stored.bytes).toBeLessThan(4_000_000);
		test.info().annotations.push({
			type: 'precache',
			description: `${stored.paths.length} files, ${(stored.bytes / 1e6).toFixed(2)} MB`
		});

		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('.title')).toHaveText('浔阳区人民政府工作报告');
		await waitForMapIdle(page);
		const water = await page.evaluate(
			() => window.__map!.queryRenderedFeatures({ layers: ['water'] }).length
		);
		expect(water).toBeGreaterThan(0);
		await page.keyboard.press('PageDown');
		await expectSlide(page, 1);
		await expect(page.locator('.qr img')).toBeVisible();
		// The report, never opened in this session, is there too.
		await page.goto('/report/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await context.setOffline(false);
	});
});

test.describe('presentation: online basemap unreachable', () => {
	test.use({
		baseURL: `http://127.0.0.1:${ONLINE_PORT}`,
		viewport: PROJECTOR,
		serviceWorkers: 'allow',
		reducedMotion: 'reduce'
	});

	test('falls back to the sketch; the service worker neither answers nor stores the tiles; QR codes open the public site', async ({
		page
	}) => {
		const watch = await watchPage(page);
		await page.goto('/present/#coal-wharf');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		// Now under the worker's control.
		await page.reload();
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		// The live map starts on the first key or pointer (a deck opened alone shows its picture).
		await waitForMapIdle(page);
		await expect(page.getByText('在线底图无法访问，已改用离线示意图。')).toBeVisible();
		await expectSlide(page, 2);
		const state = await page.evaluate(async () => {
			const map = window.__map!;
			const urls: string[] = [];
			for (const name of await caches.keys()) {
				for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
			}
			return {
				online: map.getLayoutProperty('online-base', 'visibility'),
				places: map
					.queryRenderedFeatures({ layers: ['place-point'] })
					.map((f) => f.properties.slug),
				foreign: urls.filter((u) => new URL(u).origin !== location.origin)
			};
		});
		expect(state.online).toBe('none');
		expect(state.places).toContain('guoneng-coal-wharf');
		expect(state.foreign).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
		// This build knows its public address: the codes open the published page.
		await expect
			.poll(() => decodeQr(page.locator('.qr [data-qr-path]')))
			.toBe('https://xunyang-2024.example.cn/site/guoneng-coal-wharf/');
	});
});

test('the site bar links to the presentation', async ({ page }) => {
	await page.goto('/');
	const link = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '演示' });
	await expect(link).toHaveAttribute('href', '/present/');
	await link.click();
	// The deck writes its first slide into the address once it starts.
	await expect(page).toHaveURL(/\/present\/(#opening)?$/);
	await expect(page.locator('.title')).toHaveText('浔阳区人民政府工作报告');
});
