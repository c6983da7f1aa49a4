import { error } from '@sveltejs/kit';
import { getParagraph, glossary } from '$lib/content/report';
import { placeView } from '$lib/server/views';
import { brief, getPlace, places } from '$lib/places';
import { steps } from '$lib/story/steps';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => places.map((p) => ({ slug: p.id }));

export function load({ params }) {
	const place = getPlace(params.slug);
	if (!place) error(404, '没有这个地点');
	// A reference is a paragraph or a glossary entry (名词解释), both with ids in the report.
	const paragraphs = place.properties.report_refs.map((id) => {
		const paragraph = getParagraph(id);
		if (paragraph) return { id, text: paragraph.text, term: null };
		const entry = glossary.find((g) => g.id === id);
		if (entry) return { id, text: entry.definition, term: entry.term };
		error(500, `geo/places.geojson: ${place.id} cites missing paragraph ${id}`);
	});
	const step = steps.find((s) => s.places.includes(place.id));
	return {
		place,
		brief: brief(place),
		paragraphs,
		stepId: step?.id ?? null,
		view: placeView(place.id)
	};
}
