import { error } from '@sveltejs/kit';
import { getPlace, places, toMapFeatures } from '$lib/places';
import { pictureSvg } from '$lib/server/picture';
import { placeView } from '$lib/server/views';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => places.map((p) => ({ slug: p.id }));

/** The prerendered picture of a place page's map (see map/picture.ts). */
export const GET: RequestHandler = ({ params }) => {
	if (!getPlace(params.slug)) error(404, 'no such place');
	const view = placeView(params.slug);
	return new Response(pictureSvg(view.state, view.picture.extent, toMapFeatures(places)), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
