import { error } from '@sveltejs/kit';
import { places, toMapFeatures } from '$lib/places';
import { pictureSvg } from '$lib/server/picture';
import { storyViews } from '$lib/server/views';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => Object.keys(storyViews()).map((stop) => ({ stop }));

/** The prerendered picture of one stop of the story (see map/picture.ts). */
export const GET: RequestHandler = ({ params }) => {
	const view = storyViews()[params.stop];
	if (!view) error(404, 'no such stop');
	return new Response(pictureSvg(view.state, view.picture.extent, toMapFeatures(places)), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
