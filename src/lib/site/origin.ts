/**
 * The public address of the deployed site, from PUBLIC_SITE_ORIGIN. Canonical links, og:url
 * and share cards need an absolute address, and a build must never publish a made-up one: an
 * unset or malformed value gives null, and the pages then leave those tags out.
 */
export function parseOrigin(value: string | undefined): string | null {
	const text = (value ?? '').trim();
	if (!text) return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	// Scheme, host and port only: page paths already carry BASE_PATH (a sub-folder).
	return url.origin;
}

/** Why a build is not fit to publish as it stands (null when it is). */
export function originProblem(value: string | undefined): string | null {
	const origin = parseOrigin(value);
	if (!origin) {
		return 'PUBLIC_SITE_ORIGIN is not set (or not an http(s) address): this build has no canonical or og:url tags and its share cards carry no address.';
	}
	if (!origin.startsWith('https://')) {
		return `PUBLIC_SITE_ORIGIN is ${origin}, not an https:// address: fine for a laptop, not for publishing.`;
	}
	return null;
}
