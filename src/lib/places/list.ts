import {
	ACCURACIES,
	CATEGORIES,
	STATUSES,
	STREETS,
	type Accuracy,
	type Category,
	type Status,
	type Street
} from './labels';
import { matchPlaces, type Searchable } from './search';

/**
 * The one place list of the site: what the explore page and the text view (`/site/`) show of
 * every place, filtered and searched the same way. Built at build time
 * (`src/lib/server/place-list.ts`) and handed to pages by their server load, so the dataset,
 * zod and pinyin-pro never reach the browser's JavaScript.
 */

/** A place's drawn geometry (only placed places have one; few and small). */
export type PlaceGeometry =
	| { type: 'Point'; coordinates: [number, number] }
	| { type: 'LineString'; coordinates: [number, number][] }
	| { type: 'Polygon'; coordinates: [number, number][][] }
	| { type: 'MultiPolygon'; coordinates: [number, number][][][] };

/** Every vertex of a geometry, in order. */
export function vertices(geometry: PlaceGeometry): [number, number][] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'LineString':
			return geometry.coordinates;
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
	}
}

export interface PlaceItem extends Searchable {
	slug: string;
	category: Category;
	status: Status;
	street: Street | null;
	accuracy: Accuracy;
	/** How far the true position may lie from the drawn one, in metres (null if unknown). */
	radius_m: number | null;
	/** Where it is in words, when a source says. */
	where: string | null;
	/** Null: not on the map. */
	geometry: PlaceGeometry | null;
}

/** What the text view (`/site/`) shows beyond the list: the summary and the figures. */
export interface SiteEntry extends PlaceItem {
	summary: string;
	figures: { label: string; value: number; unit: string }[];
}

/** A place's street as a filter value: one of the 街道, or `none` when no source says. */
export type StreetKey = Street | 'none';

export interface Filters {
	cat: Category[];
	status: Status[];
	street: StreetKey[];
	acc: Accuracy[];
	/** What the reader typed in the search box. */
	q: string;
}

export const FACETS = ['cat', 'status', 'street', 'acc'] as const;
export type Facet = (typeof FACETS)[number];

export const NO_FILTERS: Filters = { cat: [], status: [], street: [], acc: [], q: '' };

/** Every value a facet can take, in the order the filters show them. */
export const FACET_VALUES: { [F in Facet]: readonly Filters[F][number][] } = {
	cat: Object.keys(CATEGORIES) as Category[],
	status: Object.keys(STATUSES) as Status[],
	street: [...STREETS, 'none'],
	acc: Object.keys(ACCURACIES) as Accuracy[]
};

export const FACET_NAMES: Record<Facet, string> = {
	cat: '类别',
	status: '进度',
	street: '街道',
	acc: '位置可信度'
};

export function streetLabel(street: StreetKey | null): string {
	return street && street !== 'none' ? `${street}街道` : '未注明街道';
}

/** The reader-facing name of one value of a facet. */
export function valueLabel(facet: Facet, value: string): string {
	switch (facet) {
		case 'cat':
			return CATEGORIES[value as Category];
		case 'status':
			return STATUSES[value as Status];
		case 'street':
			return streetLabel(value as StreetKey);
		case 'acc':
			return ACCURACIES[value as Accuracy];
	}
}

/** The value an item has for a facet. */
export function valueOf(item: PlaceItem, facet: Facet): string {
	switch (facet) {
		case 'cat':
			return item.category;
		case 'status':
			return item.status;
		case 'street':
			return item.street ?? 'none';
		case 'acc':
			return item.accuracy;
	}
}

export function isFiltering(filters: Filters): boolean {
	return FACETS.some((f) => filters[f].length > 0) || filters.q.trim() !== '';
}

/**
 * The items that pass every filter: within a facet any chosen value will do, across facets
 * all must hold, then the search (best matches first). `except` leaves one facet out, for
 * counting what each of its values would give.
 */
export function applyFilters<T extends PlaceItem>(
	items: T[],
	filters: Filters,
	except?: Facet
): T[] {
	const kept = items.filter((item) =>
		FACETS.every((facet) => {
			const chosen = filters[facet] as readonly string[];
			return facet === except || chosen.length === 0 || chosen.includes(valueOf(item, facet));
		})
	);
	return matchPlaces(filters.q, kept);
}

export interface FacetOption {
	value: string;
	label: string;
	/** How many places this value would show, with the other filters as they are. */
	count: number;
}

/** The values of a facet that some place has, each with its count under the other filters. */
export function facetOptions(items: PlaceItem[], filters: Filters, facet: Facet): FacetOption[] {
	const present = new Set(items.map((i) => valueOf(i, facet)));
	const counts = new Map<string, number>();
	for (const item of applyFilters(items, filters, facet)) {
		const value = valueOf(item, facet);
		counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return (FACET_VALUES[facet] as readonly string[])
		.filter((value) => present.has(value))
		.map((value) => ({ value, label: valueLabel(facet, value), count: counts.get(value) ?? 0 }));
}

/** Items grouped by a facet, groups in the facet's order, items in list order. */
export function groupItems<T extends PlaceItem>(
	items: T[],
	facet: Facet
): { value: string; label: string; items: T[] }[] {
	return (FACET_VALUES[facet] as readonly string[])
		.map((value) => ({
			value,
			label: valueLabel(facet, value),
			items: items.filter((i) => valueOf(i, facet) === value)
		}))
		.filter((g) => g.items.length > 0);
}
