/**
 * Copying text to the clipboard from a click: the async Clipboard API where the page may use it,
 * else the old hidden-textarea `execCommand('copy')` (plain http, older WebViews).
 */

/** Copies `text`; resolves to whether it worked. Call it from a user gesture. */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Refused (permissions, insecure context): try the old way below.
	}
	return legacyCopy(text);
}

function legacyCopy(text: string): boolean {
	const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.top = '0';
	area.style.opacity = '0';
	document.body.append(area);
	area.select();
	let ok: boolean;
	try {
		ok = document.execCommand('copy');
	} catch {
		ok = false;
	}
	area.remove();
	previous?.focus();
	return ok;
}
