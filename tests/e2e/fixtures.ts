import { test as base, type BrowserContext } from '@playwright/test';

/**
 * Test hooks, installed before any page script runs. The site exposes its live map only to a
 * page that defines `window.__XY_TEST__` (see src/lib/map/testhooks.ts); these helpers read
 * the map and its state (the map region's data-map-state attribute) from there.
 */
function installHooks() {
	const hooks: { map?: unknown } = {};
	Object.defineProperty(window, '__XY_TEST__', { value: hooks, configurable: true });
	Object.defineProperty(window, '__map', { get: () => hooks.map, configurable: true });
	Object.defineProperty(window, '__mapState', {
		get: () =>
			document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? undefined,
		configurable: true
	});
}

/** For tests that open their own browser context. */
export async function addTestHooks(context: BrowserContext): Promise<void> {
	await context.addInitScript(installHooks);
}

/** Playwright's test, with the hooks in every page of the default context. */
export const test = base.extend({
	context: async ({ context }, use) => {
		await addTestHooks(context);
		await use(context);
	}
});

export { expect } from '@playwright/test';
