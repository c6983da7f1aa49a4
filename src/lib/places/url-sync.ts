import { replaceState } from '$app/navigation';
import { toQuery, type ExploreQuery } from './query';

/**
 * Puts a list's filters, search and selection in the address bar (replacing the entry, so
 * typing does not fill the history), for sharing and for a reload to restore.
 */
export function writeQuery(query: ExploreQuery): void {
	const search = toQuery(query);
	if (search === location.search) return;
	replaceState(`${location.pathname}${search}${location.hash}`, {});
}
