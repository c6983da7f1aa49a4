import { searchIndex } from '$lib/server/search-index';

// Plain HTML with no client script: it is served for any bad address, at any depth, where
// the app's router must not try to load the (missing) page.
export const csr = false;

export function load() {
	return { entries: searchIndex() };
}
