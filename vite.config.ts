import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geoCheck } from './src/lib/server/geo-check';
import { originCheck } from './src/lib/server/origin-check';
import { storyForReaders } from './src/lib/server/story-for-readers';

// The location editor (`npm run edit`, src/editor/): loaded only when XY_EDITOR=1, and then
// only in `vite dev` (the plugin's `apply`), so no build can contain it.
const locationEditor =
	process.env.XY_EDITOR === '1'
		? import('./src/editor/server/plugin').then((m) => m.locationEditor())
		: null;

export default defineConfig({
	plugins: [geoCheck(), originCheck(), storyForReaders(), locationEditor, sveltekit()],
	server: { fs: { allow: ['geo'] } },
	build: { chunkSizeWarningLimit: 1200 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// A test that asserts nothing fails instead of passing.
		expect: { requireAssertions: true }
	}
});
