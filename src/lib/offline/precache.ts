/**
 * What the service worker (src/service-worker.ts) stores when it installs, so a page that
 * loaded once keeps working with no network: the app itself, the pages a presentation or a
 * revisit starts from, and the data the map draws. Everything else (the 100-odd place pages,
 * their share cards and map pictures) is stored the first time it is used.
 */

/** Pages and data stored at install, as paths after the base path. */
const PRECACHED: RegExp[] = [
	/^\/$/,
	/^\/present\/$/,
	/^\/present\/presenter\/$/,
	/^\/report\/$/,
	/^\/site\/$/,
	// The pages' data for in-app navigation between them.
	/^\/(?:present\/(?:presenter\/)?|report\/|site\/)?__data\.json$/,
	/^\/data\//,
	/^\/basemap\//,
	/^\/map\/[^/]+\.svg$/,
	/^\/(?:favicon\.svg|manifest\.webmanifest|report-links\.js|icon-(?:32|192)\.png)$/
];

export interface Manifest {
	/** The deployment's base path ('' at the root). */
	base: string;
	/** The app's built files (JS, CSS): `$service-worker` `build`. */
	build: string[];
	/** Files from static/: `$service-worker` `files`. */
	files: string[];
	/** Prerendered pages and files: `$service-worker` `prerendered`. */
	prerendered: string[];
}

const local = (base: string, path: string) =>
	path.startsWith(base) ? path.slice(base.length) || '/' : path;

export function precacheList({ base, build, files, prerendered }: Manifest): string[] {
	const wanted = (path: string) => PRECACHED.some((re) => re.test(local(base, path)));
	return [...new Set([...build, ...files.filter(wanted), ...prerendered.filter(wanted)])];
}

/** Built files whose names carry their content hash: never change, so served from the cache first. */
export function isImmutable(base: string, path: string): boolean {
	return local(base, path).startsWith('/_app/immutable/');
}

/** This deployment's cache; older ones (other versions) are deleted when it takes over. */
export const CACHE_PREFIX = 'xy-offline-';
export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;
export const isOldCache = (name: string, current: string) =>
	name.startsWith(CACHE_PREFIX) && name !== current;
