const PREFIX = 'step-';

/** The URL hash that points at a step (also the step's DOM id). */
export function stepHash(id: string): string {
	return `#${PREFIX}${id}`;
}

/**
 * The step a URL hash points at, or null for anything else: no hash, a malformed or
 * over-long hash, bad percent-encoding, or an id that is not a step. Never throws.
 */
export function stepFromHash(hash: string, ids: readonly string[]): string | null {
	if (!hash || hash.length > 200) return null;
	let text: string;
	try {
		text = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null;
	}
	if (!text.startsWith(PREFIX)) return null;
	const id = text.slice(PREFIX.length);
	return ids.includes(id) ? id : null;
}
