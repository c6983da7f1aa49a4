/**
 * Which places need work first, for the editor's list: no position at all, then a rough one,
 * then one computed by a rule, then the rest (a geocode a person accepted, a person's own
 * placement, a source's coordinate).
 */
import { ACCURACIES, type Accuracy } from '../../lib/places/labels';

/** Most in need first. */
export const NEED_ORDER: Accuracy[] = [
	'unknown',
	'approximate',
	'derived',
	'geocoded',
	'surveyed',
	'sourced'
];

/** What the list needs of a place. */
export interface ListedPlace {
	id: string;
	properties: {
		name: string;
		aliases: string[];
		position: { accuracy: Accuracy; description: { text: string } | null };
	};
}

export function needRank(accuracy: Accuracy): number {
	const rank = NEED_ORDER.indexOf(accuracy);
	return rank < 0 ? NEED_ORDER.length : rank;
}

const collator = new Intl.Collator('zh-Hans-CN');

/** A new array: by need, then by name (Chinese collation), then by slug. */
export function sortByNeed<T extends ListedPlace>(places: readonly T[]): T[] {
	return [...places].sort(
		(a, b) =>
			needRank(a.properties.position.accuracy) - needRank(b.properties.position.accuracy) ||
			collator.compare(a.properties.name, b.properties.name) ||
			a.id.localeCompare(b.id)
	);
}

/**
 * Whether a place matches the filter box: every space-separated word must appear in its name,
 * an alias, its slug, its words-location or its accuracy (as code or Chinese label).
 */
export function matchesFilter(place: ListedPlace, filter: string): boolean {
	const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const { name, aliases, position } = place.properties;
	const haystack = [
		name,
		...aliases,
		place.id,
		position.description?.text ?? '',
		position.accuracy,
		ACCURACIES[position.accuracy]
	]
		.join('\n')
		.toLowerCase();
	return words.every((w) => haystack.includes(w));
}

/** How many places are in each tier, in need order (tiers with none are left out). */
export function tierCounts(
	places: readonly ListedPlace[]
): { accuracy: Accuracy; count: number }[] {
	return NEED_ORDER.map((accuracy) => ({
		accuracy,
		count: places.filter((p) => p.properties.position.accuracy === accuracy).length
	})).filter((t) => t.count > 0);
}
