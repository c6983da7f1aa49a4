import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Chromium locations tried in order after CHROME_PATH. */
const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/** A browser that Playwright installed earlier, if any (never downloaded by us). */
function playwrightBrowser(): string | undefined {
	const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
	if (!existsSync(root)) return undefined;
	for (const dir of readdirSync(root)
		.filter((d) => d.startsWith('chromium-'))
		.sort()
		.reverse()) {
		for (const sub of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
			const candidate = join(root, dir, sub);
			if (existsSync(candidate)) return candidate;
		}
	}
	return undefined;
}

/**
 * The Chromium the browser tests use. Fails with one clear line when there is none: the
 * tests are never skipped silently.
 */
export function findChromium(): string {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
	}
	const found = SYSTEM_PATHS.find((p) => existsSync(p)) ?? playwrightBrowser();
	if (!found) {
		throw new Error(
			'No Chromium found for the browser tests: install one (Debian: sudo apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH.'
		);
	}
	return found;
}
