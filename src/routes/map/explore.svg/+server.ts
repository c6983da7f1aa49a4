import { places, toMapFeatures } from '$lib/places';
import { pictureSvg } from '$lib/server/picture';
import { exploreView } from '$lib/server/views';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The prerendered picture of the explore page's map: every place by category, with its uncertainty. */
export const GET: RequestHandler = () => {
	const view = exploreView();
	return new Response(
		pictureSvg(view.state, view.picture.extent, toMapFeatures(places), {
			byCategory: true,
			allRadii: true
		}),
		{ headers: { 'content-type': 'image/svg+xml' } }
	);
};
