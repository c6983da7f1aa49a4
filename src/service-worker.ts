/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline copy of the site: after one visit, the story, the presentation, the report and
// the map keep working when the network drops (a hall with no Wi-Fi). See README "Offline".
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheName, isImmutable, isOldCache, precacheList } from '$lib/offline/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const ASSETS = precacheList({ base, build, files, prerendered });
/** How long to wait for the network before answering from the cache (a dead venue Wi-Fi). */
const NETWORK_WAIT_MS = 3000;

sw.addEventListener('install', (event) => {
	// All or nothing: if one file fails, this worker is not installed and the site works as
	// it would without one.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (isOldCache(name, CACHE)) await caches.delete(name);
			}
			// The first visit's page is served from now on too (its lazy chunks, its QR code).
			await sw.clients.claim();
		})()
	);
	// No skipWaiting: a new version waits until every page of the old one is closed, so an
	// open page never loses the old files it may still load.
});

/** Only 200s of our own origin are stored (no errors, redirects or opaque responses). */
const storable = (response: Response) => response.status === 200 && response.type === 'basic';

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (storable(response)) await cache.put(request, response.clone());
	return response;
}

/** The network's answer when it comes in time (and stored); else the stored copy. */
async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const stored = () => cache.match(request, { ignoreSearch: request.mode === 'navigate' });
	const network = fetch(request).then(async (response) => {
		if (storable(response)) await cache.put(request, response.clone());
		return response;
	});
	// If the stored copy answers first, a late network failure is nobody's business.
	network.catch(() => undefined);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const slow = new Promise<null>((resolve) => {
		timer = setTimeout(() => resolve(null), NETWORK_WAIT_MS);
	});
	try {
		const first = await Promise.race([network, slow]);
		if (first) return first;
		return (await stored()) ?? (await network);
	} catch (error) {
		const hit = await stored();
		if (hit) return hit;
		throw error;
	} finally {
		clearTimeout(timer);
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	// Other hosts (online map tiles) are never answered or stored here: the browser fetches
	// them as if there were no worker, and MapLibre falls back to the sketch when they fail.
	if (url.origin !== sw.location.origin) return;
	event.respondWith(isImmutable(base, url.pathname) ? cacheFirst(request) : networkFirst(request));
});
