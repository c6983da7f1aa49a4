/** Places of the report (geo/places.geojson): lookups used by every page. */
import { places } from './data';
import { placeMarks, type Mention } from './mentions';

export { getPlace, places, toMapFeatures } from './data';
export { brief, type PlaceBrief } from './brief';
export { ACCURACIES, CATEGORIES, SOURCE_TIERS, STATUSES, STREETS } from './labels';
export type { Accuracy, Category, SourceTier, Status } from './labels';
export type { Place, Source } from './schema';

export interface PlaceLink {
	slug: string;
	name: string;
	/** False when the place has no known position (its page says so; it is not on the map). */
	placed: boolean;
}

const byParagraph = new Map<string, PlaceLink[]>();
for (const place of places) {
	for (const id of place.properties.report_refs) {
		const list = byParagraph.get(id) ?? [];
		list.push({ slug: place.id, name: place.properties.name, placed: place.geometry !== null });
		byParagraph.set(id, list);
	}
}

/** The mapped or listed places whose data cites the given report paragraph. */
export function placesForParagraph(paragraphId: string): PlaceLink[] {
	return byParagraph.get(paragraphId) ?? [];
}

/** The mentions and figures of places in one paragraph (or glossary definition), in order. */
export function marksFor(id: string, text: string): Mention[] {
	return placeMarks(id, text, places);
}

export { splitAtMarks, type MarkedSegment, type Mention } from './mentions';
