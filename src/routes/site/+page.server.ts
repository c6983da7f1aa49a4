import { searchIndex } from '$lib/server/search-index';

export function load() {
	return { entries: searchIndex() };
}
