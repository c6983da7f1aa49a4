import { loadEnv, type Plugin } from 'vite';
import { originProblem } from '../site/origin';

/**
 * Vite plugin: a production build without an https PUBLIC_SITE_ORIGIN says so, loudly, once.
 * (`npm run build:deploy` refuses to build at all in that case.)
 */
export function originCheck(): Plugin {
	return {
		name: 'xunyang-origin-check',
		apply: 'build',
		configResolved(config) {
			// SvelteKit runs more than one build (client, server) in this process: warn once.
			if (process.env.XUNYANG_ORIGIN_CHECKED) return;
			process.env.XUNYANG_ORIGIN_CHECKED = '1';
			const env = { ...loadEnv(config.mode, process.cwd(), 'PUBLIC_'), ...process.env };
			const problem = originProblem(env.PUBLIC_SITE_ORIGIN);
			if (problem) {
				config.logger.warn(
					`\n⚠ ${problem}\n  For a deployment: PUBLIC_SITE_ORIGIN=https://your.host npm run build:deploy\n`
				);
			}
		}
	};
}
