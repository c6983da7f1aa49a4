import type { Accuracy, Category, SourceTier, Status, Street } from './labels';

/**
 * Everything the explore page's panel shows of one place, prerendered per place as
 * `/data/places/<slug>.json` (src/lib/server/place-detail.ts) and fetched when the reader
 * selects it, so the page itself carries only the list.
 */
export interface PlaceDetail {
	slug: string;
	name: string;
	nameEn: string;
	summary: string;
	category: Category;
	status: Status;
	street: Street | null;
	figures: {
		label: string;
		value: number;
		unit: string;
		paragraph: string | null;
		url: string | null;
	}[];
	/** The report's own words about the place: the sentences that name it, per paragraph. */
	quotes: { id: string; term: string | null; sentences: string[] }[];
	sources: { title: string; url: string; tier: SourceTier; date_read: string }[];
	position: {
		accuracy: Accuracy;
		radius_m: number | null;
		/** One sentence for readers on how far to trust the position. */
		note: string;
		/** Where it is in words, with the sources that say so. */
		description: { text: string; sources: { title: string; url: string }[] } | null;
		/** Where the geometry comes from (English, technical). */
		method: string;
	};
	/** Placed places within 1 km, nearest first. */
	nearby: { slug: string; name: string; metres: number }[];
	/** The story step that tells of this place, if one does. */
	step: { id: string; title: string } | null;
}
