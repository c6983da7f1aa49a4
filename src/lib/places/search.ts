/** One place as the search box sees it (built at build time, see server/search-index.ts). */
export interface SearchEntry {
	slug: string;
	name: string;
	nameEn: string;
	aliases: string[];
	/** Full pinyin without tones or spaces, e.g. `caojiashansanqi…`. */
	pinyin: string;
	/** First letters of each syllable, e.g. `cjssq…`. */
	initials: string;
	category: string;
	status: string;
	street: string | null;
	/** Has a position on the map. */
	placed: boolean;
	/** Where it is in words, when a source says (for places not on the map). */
	where: string | null;
}

/** What the search reads of a place: any list item with these fields can be searched. */
export type Searchable = Pick<SearchEntry, 'name' | 'nameEn' | 'aliases' | 'pinyin' | 'initials'>;

/**
 * The form both the query and the fields are compared in: full-width letters made half-width
 * (NFKC), tone marks and other accents dropped (cáo → cao, lǘ → lu), `v` read as ü (the
 * keyboard spelling of lü), lower case, without spaces and separators.
 */
export function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/v/g, 'u')
		.replace(/[\s·・,，、'’-]+/g, '');
}

/**
 * Places matching what the reader typed: Chinese characters (name or alias), full pinyin,
 * pinyin initials or English. Best matches first: a name that starts with the query beats
 * one that only contains it; equal matches keep their order.
 */
export function matchPlaces<T extends Searchable>(query: string, entries: T[]): T[] {
	const q = normalise(query);
	if (!q) return entries;
	const scored: [number, T][] = [];
	for (const entry of entries) {
		const fields = [entry.name, ...entry.aliases, entry.pinyin, entry.initials, entry.nameEn].map(
			normalise
		);
		let score = 0;
		for (const field of fields) {
			if (field.startsWith(q)) score = Math.max(score, 2);
			else if (field.includes(q)) score = Math.max(score, 1);
		}
		if (score > 0) scored.push([score, entry]);
	}
	return scored.sort((a, b) => b[0] - a[0]).map(([, entry]) => entry);
}
