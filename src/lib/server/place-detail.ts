import { getParagraph, glossary } from '$lib/content/report';
import { sentencesMentioning } from '$lib/content/sentences';
import { brief, getPlace, places, type Place } from '$lib/places';
import { positionNote } from '$lib/places/describe';
import type { PlaceDetail } from '$lib/places/detail';
import type { PlaceGeometry } from '$lib/places/list';
import { geometryDistance } from '$lib/places/near';
import { steps } from '$lib/story/steps';

/** How far round a place the panel lists its neighbours. */
export const NEARBY_METRES = 1000;

/** Placed places within `NEARBY_METRES` of `place` (none when it is not on the map). */
export function nearbyPlaces(place: Place, all: Place[] = places): PlaceDetail['nearby'] {
	const here = place.geometry as PlaceGeometry | null;
	if (!here) return [];
	return all
		.filter((other) => other.id !== place.id && other.geometry)
		.map((other) => ({
			slug: other.id,
			name: other.properties.name,
			metres: Math.round(geometryDistance(here, other.geometry as PlaceGeometry))
		}))
		.filter((n) => n.metres <= NEARBY_METRES)
		.sort((a, b) => a.metres - b.metres);
}

/** The report's words about a place: per cited paragraph, the sentences that name it. */
function quotesOf(place: Place): PlaceDetail['quotes'] {
	return place.properties.report_refs.map((id) => {
		const paragraph = getParagraph(id);
		if (paragraph) {
			const sentences = sentencesMentioning(paragraph.text, place.properties.aliases);
			return { id, term: null, sentences: sentences.length > 0 ? sentences : [paragraph.text] };
		}
		const entry = glossary.find((g) => g.id === id);
		if (entry) return { id, term: entry.term, sentences: [entry.definition] };
		throw new Error(`geo/places.geojson: ${place.id} cites missing paragraph ${id}`);
	});
}

/** Everything the explore panel shows of one place. */
export function placeDetail(slug: string): PlaceDetail {
	const place = getPlace(slug);
	if (!place) throw new Error(`no place ${slug}`);
	const p = place.properties;
	const titleOf = (url: string) => p.sources.find((s) => s.url === url)?.title ?? url;
	const step = steps.find((s) => s.places.includes(slug));
	return {
		slug,
		name: p.name,
		nameEn: p.name_en,
		summary: p.summary,
		category: p.category,
		status: p.status,
		street: p.street,
		figures: p.figures,
		quotes: quotesOf(place),
		sources: p.sources,
		position: {
			accuracy: p.position.accuracy,
			radius_m: p.position.radius_m,
			note: positionNote(brief(place)),
			description: p.position.description
				? {
						text: p.position.description.text,
						sources: p.position.description.sources.map((url) => ({ url, title: titleOf(url) }))
					}
				: null,
			method: p.position.method
		},
		nearby: nearbyPlaces(place),
		step: step ? { id: step.id, title: step.title } : null
	};
}
