import { CATEGORIES, STATUSES } from '$lib/places/labels';
import { places } from '$lib/places';
import type { SearchEntry } from '$lib/places/search';
import { pinyinOf } from './place-list';

/** Search entries for every place, with pinyin computed at build time (pinyin-pro stays out of the browser bundle). */
export function searchIndex(): SearchEntry[] {
	return places.map((p) => ({
		slug: p.id,
		name: p.properties.name,
		nameEn: p.properties.name_en,
		aliases: p.properties.aliases,
		...pinyinOf(p.properties.name),
		category: CATEGORIES[p.properties.category],
		status: STATUSES[p.properties.status],
		street: p.properties.street,
		placed: p.geometry !== null,
		where: p.properties.position.description?.text ?? null
	}));
}
