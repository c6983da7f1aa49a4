import { dev } from '$app/environment';
import { resolve } from '$app/paths';

/**
 * Installs the offline copy (`src/service-worker.ts`) once the page has loaded. Only the
 * presentation's pages call this: a presenter's laptop must keep working without a network,
 * while a reader of the story on a phone should not download the whole app and its map code
 * (about 0.6 MB gzip) they may never open. Once installed, the worker serves every page of the
 * site in that browser.
 */
export function registerOfflineCopy(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () => {
		navigator.serviceWorker
			// The development server serves the worker as an ES module.
			.register(`${resolve('/')}service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch((error) => console.warn('offline copy not installed:', error));
	};
	// After the page's own files, as SvelteKit's automatic registration would.
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register, { once: true });
}
