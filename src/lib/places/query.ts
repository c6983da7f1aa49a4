import { FACET_VALUES, FACETS, NO_FILTERS, type Filters } from './list';

/**
 * The explore page's address holds its filters, search and selection, so a view can be
 * shared and restored: `?cat=industry,livelihood&status=…&street=…&acc=…&q=…&site=<slug>`.
 * Anything unknown or malformed is dropped without an error: a bad link still opens the page.
 */
export interface ExploreQuery extends Filters {
	/** The selected place, or null. */
	site: string | null;
}

export const NO_QUERY: ExploreQuery = { ...NO_FILTERS, site: null };

/** Longest search kept from an address (a name, a pinyin string, never a paragraph). */
export const MAX_QUERY_LENGTH = 50;

function values<F extends (typeof FACETS)[number]>(params: URLSearchParams, facet: F): Filters[F] {
	const allowed = FACET_VALUES[facet] as readonly string[];
	const given = new Set(
		params
			.getAll(facet)
			.flatMap((v) => v.split(','))
			.map((v) => v.trim())
	);
	// In the facet's own order, once each: equal views give equal addresses.
	return allowed.filter((v) => given.has(v)) as Filters[F];
}

/** Reads the explore state from an address's query; `slugs` are the places that exist. */
export function parseQuery(
	search: string | URLSearchParams,
	slugs: ReadonlySet<string>
): ExploreQuery {
	let params: URLSearchParams;
	try {
		params = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		return { ...NO_QUERY };
	}
	const q = (params.get('q') ?? '')
		// Control characters and stray surrogate halves cannot be typed; drop them.
		.replace(/[\p{Cc}\p{Cs}]/gu, '')
		.trim();
	const site = params.get('site');
	return {
		cat: values(params, 'cat'),
		status: values(params, 'status'),
		street: values(params, 'street'),
		acc: values(params, 'acc'),
		q: [...q].slice(0, MAX_QUERY_LENGTH).join(''),
		site: site && slugs.has(site) ? site : null
	};
}

/** The filters and search of a state, without the selection. */
export function filtersOf({ cat, status, street, acc, q }: ExploreQuery): Filters {
	return { cat, status, street, acc, q };
}

/** The query string of a state (`''` for the plain page), keys in a fixed order. */
export function toQuery(state: ExploreQuery): string {
	const parts: string[] = [];
	for (const facet of FACETS) {
		const chosen = state[facet] as readonly string[];
		if (chosen.length > 0) parts.push(`${facet}=${chosen.map(encodeURIComponent).join(',')}`);
	}
	const q = state.q.trim();
	if (q) parts.push(`q=${encodeURIComponent(q)}`);
	if (state.site) parts.push(`site=${encodeURIComponent(state.site)}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}
