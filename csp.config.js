// The Content-Security-Policy of every page (svelte.config.js passes it to SvelteKit, which
// writes it into each prerendered page as a <meta http-equiv> with hashes of its own inline
// scripts). Only our own origin, plus what the configured online basemap needs.

/**
 * Hosts the configured basemap loads from (PUBLIC_BASEMAP; see src/lib/map/basemap.ts), plus
 * any listed in PUBLIC_CSP_HOSTS (space-separated https origins, for a style URL whose tiles,
 * glyphs or sprites live elsewhere).
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function basemapHosts(env) {
	const hosts = [];
	const choice = (env.PUBLIC_BASEMAP ?? '').trim();
	if (choice === 'tianditu-vec' || choice === 'tianditu-img')
		hosts.push('https://*.tianditu.gov.cn');
	else if (/^https:\/\/\S+$/.test(choice)) {
		try {
			hosts.push(new URL(choice).origin);
		} catch {
			// Not a URL: the site falls back to the offline sketch and needs no host.
		}
	}
	for (const extra of (env.PUBLIC_CSP_HOSTS ?? '').split(/\s+/)) {
		if (/^https:\/\/[a-z0-9.*-]+(:\d+)?$/i.test(extra)) hosts.push(extra);
	}
	return [...new Set(hosts)];
}

/**
 * The directives. Styles allow 'unsafe-inline' because Svelte writes style attributes (the map
 * picture's placement, bar widths); scripts do not. MapLibre's worker is a blob: URL.
 * @param {Record<string, string | undefined>} env
 * @returns {Record<string, string[]>}
 */
export function cspDirectives(env) {
	const hosts = basemapHosts(env);
	return {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:', ...hosts],
		'font-src': ['self', 'data:'],
		'connect-src': ['self', ...hosts],
		'worker-src': ['self', 'blob:'],
		'child-src': ['self', 'blob:'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
}
