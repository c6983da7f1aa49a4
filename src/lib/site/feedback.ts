/**
 * Where readers can tell us where a place is (PUBLIC_FEEDBACK_URL): a `mailto:` address or an
 * `https:` form. Anything else (unset, http:, javascript:…) means no link is shown.
 */
export function parseFeedbackUrl(value: string | undefined): string | null {
	const text = (value ?? '').trim();
	if (!text) return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	if (url.protocol === 'mailto:' && url.pathname.includes('@')) return url.href;
	if (url.protocol === 'https:' && url.hostname) return url.href;
	return null;
}

/** The feedback link for one place: the place named in the mail subject or the form's query. */
export function feedbackHref(base: string, place: { id: string; name: string }): string {
	const url = new URL(base);
	if (url.protocol === 'mailto:') {
		url.searchParams.set('subject', `位置线索：${place.name}（${place.id}）`);
		// Spaces as %20: some mail programs show a `+` literally.
		return url.href.replace(/\+/g, '%20');
	}
	url.searchParams.set('place', place.id);
	return url.href;
}
