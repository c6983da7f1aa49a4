import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geoCheck } from './src/lib/server/geo-check';
import { originCheck } from './src/lib/server/origin-check';

export default defineConfig({
	plugins: [geoCheck(), originCheck(), sveltekit()],
	server: { fs: { allow: ['geo'] } },
	build: { chunkSizeWarningLimit: 1200 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// A test that asserts nothing fails instead of passing.
		expect: { requireAssertions: true }
	}
});
