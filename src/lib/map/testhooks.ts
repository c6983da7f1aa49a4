/**
 * Browser tests may ask for the live map: they define `window.__XY_TEST__` before the page
 * loads (Playwright's addInitScript). A normal visitor never has it, so nothing is exposed.
 */
export function exposeForTests(map: unknown): void {
	const hooks = (window as { __XY_TEST__?: { map?: unknown } }).__XY_TEST__;
	if (hooks && typeof hooks === 'object') hooks.map = map;
}
