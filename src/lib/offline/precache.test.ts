import { describe, expect, it } from 'vitest';
import { cacheName, isImmutable, isOldCache, precacheList } from './precache';

const manifest = (base: string) => ({
	base,
	build: [`${base}/_app/immutable/entry/start.js`, `${base}/_app/immutable/chunks/maplibre.js`],
	files: [`${base}/favicon.svg`, `${base}/manifest.webmanifest`, `${base}/report-links.js`],
	prerendered: [
		`${base}/`,
		`${base}/present/`,
		`${base}/present/presenter/`,
		`${base}/report/`,
		`${base}/site/`,
		`${base}/site/binjiang-road/`,
		`${base}/site/binjiang-road/og.png`,
		`${base}/site/binjiang-road/map.svg`,
		`${base}/og.png`,
		`${base}/data/places.geojson`,
		`${base}/basemap/water.geojson`,
		`${base}/map/coal-wharf.svg`,
		`${base}/icon-192.png`,
		`${base}/icon-512.png`
	]
});

describe('what the service worker stores at install', () => {
	it.each(['', '/xunyang-2024'])(
		'keeps the app, the start pages and the map data (base %o)',
		(base) => {
			const list = precacheList(manifest(base));
			for (const path of [
				'/_app/immutable/entry/start.js',
				'/_app/immutable/chunks/maplibre.js',
				'/',
				'/present/',
				'/present/presenter/',
				'/report/',
				'/site/',
				'/data/places.geojson',
				'/basemap/water.geojson',
				'/map/coal-wharf.svg',
				'/favicon.svg',
				// The report page's only script.
				'/report-links.js'
			]) {
				expect(list, path).toContain(`${base}${path}`);
			}
		}
	);

	it('leaves place pages, share cards and large icons to be stored on first use', () => {
		const list = precacheList(manifest(''));
		for (const path of [
			'/site/binjiang-road/',
			'/site/binjiang-road/og.png',
			'/site/binjiang-road/map.svg',
			'/og.png',
			'/icon-512.png'
		]) {
			expect(list, path).not.toContain(path);
		}
	});

	it('serves only content-hashed build files from the cache first', () => {
		expect(isImmutable('', '/_app/immutable/chunks/x.js')).toBe(true);
		expect(isImmutable('/sub', '/sub/_app/immutable/chunks/x.js')).toBe(true);
		expect(isImmutable('', '/_app/env.js')).toBe(false);
		expect(isImmutable('', '/present/')).toBe(false);
	});

	it('deletes only its own older caches', () => {
		const current = cacheName('200');
		expect(isOldCache(cacheName('100'), current)).toBe(true);
		expect(isOldCache(current, current)).toBe(false);
		expect(isOldCache('sveltekit:100', current)).toBe(false);
	});
});
