import { error } from '@sveltejs/kit';
import { getPlace, places } from '$lib/places';
import { placeDetail } from '$lib/server/place-detail';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => places.map((p) => ({ slug: p.id }));

/** One place's panel on the explore page: fetched when the reader selects it. */
export const GET: RequestHandler = ({ params }) => {
	if (!getPlace(params.slug)) error(404, 'no such place');
	return new Response(JSON.stringify(placeDetail(params.slug)), {
		headers: { 'content-type': 'application/json' }
	});
};
