import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { loadEnv } from 'vite';
import { cspDirectives } from './csp.config.js';

// BUILD_DIR: where the static site is written (tests build a second variant beside it).
const outDir = process.env.BUILD_DIR || 'build';
// PUBLIC_* settings from .env files too, as the site itself reads them.
const env = {
	...loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'PUBLIC_'),
	...process.env
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` version stamp: one request and 80 bytes less on every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		// BASE_PATH lets the static build live under a sub-folder of a host (e.g. /xunyang-2024).
		// Absolute asset paths, so the 404 page works at any depth of a bad URL.
		paths: { base: process.env.BASE_PATH ?? '', relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Every page carries a Content-Security-Policy (a <meta> with hashes of SvelteKit's own
		// inline scripts): our origin only, plus the configured basemap's hosts. See csp.config.js.
		csp: { mode: 'hash', directives: cspDirectives(env) },
		// The offline copy (src/service-worker.ts) is installed by the presentation's pages only
		// (src/lib/offline/register.ts): readers of the story do not download the whole app.
		serviceWorker: { register: false }
	}
};

export default config;
