import { expect, type Page } from '@playwright/test';

/** Console noise that is not our error: SwiftShader's read-back performance warnings. */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/i, /GL Driver Message/i];

export interface Watch {
	pageErrors: string[];
	consoleErrors: string[];
	outsideRequests: string[];
}

/**
 * Records page errors, console errors and every request to a host that is not loopback
 * (such requests are aborted, as they would fail at a venue with no network).
 */
export async function watchPage(page: Page): Promise<Watch> {
	const watch: Watch = { pageErrors: [], consoleErrors: [], outsideRequests: [] };
	page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const text = message.text();
		if (!IGNORED_CONSOLE.some((re) => re.test(text))) watch.consoleErrors.push(text);
	});
	await page.route('**/*', (route) => {
		const url = new URL(route.request().url());
		const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
		if (url.protocol === 'data:' || url.protocol === 'blob:' || loopback) return route.continue();
		watch.outsideRequests.push(url.href);
		return route.abort();
	});
	return watch;
}

export function expectClean(watch: Watch): void {
	expect(watch.pageErrors, 'page errors').toEqual([]);
	expect(watch.consoleErrors, 'console errors').toEqual([]);
	expect(watch.outsideRequests, 'requests to non-loopback hosts').toEqual([]);
}

/**
 * The reader's first intent (a pointer moving): the live map starts on it. Repeated until the
 * page has noticed, since a move before the page's script is running is not seen.
 */
export async function startMap(page: Page): Promise<void> {
	let x = 4;
	await expect
		.poll(
			async () => {
				x = x === 4 ? 8 : 4;
				await page.mouse.move(x, x);
				return page.evaluate(() => window.__mapState ?? 'picture');
			},
			{ message: 'the map starts on the first intent', timeout: 20_000 }
		)
		.not.toBe('picture');
}

/** Starts the live map and waits until it has drawn a complete frame (MapLibre's `idle`). */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
	await startMap(page);
	await page.waitForFunction(() => window.__mapState === 'idle' && window.__map?.loaded(), null, {
		timeout
	});
}

/** The map's current centre as [lon, lat]. */
export async function mapCenter(page: Page): Promise<[number, number]> {
	return page.evaluate(() => {
		const c = window.__map!.getCenter();
		return [c.lng, c.lat] as [number, number];
	});
}

/** Where screenshots for people to look at are kept (test-results/screenshots/NAME.png). */
export function screenshotPath(name: string): string {
	return `test-results/screenshots/${name}.png`;
}
