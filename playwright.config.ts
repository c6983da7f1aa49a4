import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/chromium';

// E2E_PORT moves both servers (e.g. to run two checkouts' tests side by side).
const PORT = Number(process.env.E2E_PORT || 4173);
export const ONLINE_PORT = PORT + 1;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// The site's service worker would answer later requests of a page from its cache (and
		// hide them from page.route): tests that are about it allow it themselves.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: findChromium(),
			args: ['--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-quic']
		}
	},
	webServer: [
		{
			command: `node scripts/serve.mjs`,
			env: { PORT: String(PORT) },
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false,
			timeout: 60_000
		},
		{
			// The same site built with Tianditu configured (scripts/run-tests.mjs builds it).
			command: `node scripts/serve.mjs`,
			env: { PORT: String(ONLINE_PORT), BUILD_DIR: 'build-online' },
			url: `http://127.0.0.1:${ONLINE_PORT}/`,
			reuseExistingServer: false,
			timeout: 60_000
		}
	]
});
