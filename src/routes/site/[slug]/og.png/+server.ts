import { error } from '@sveltejs/kit';
import { getPlace, places } from '$lib/places';
import { cardPng, placeCardSvg } from '$lib/server/locator';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => places.map((p) => ({ slug: p.id }));

/** The share-card picture of one place, rendered at build time. */
export const GET: RequestHandler = ({ params }) => {
	const place = getPlace(params.slug);
	if (!place) error(404, 'no such place');
	return new Response(cardPng(placeCardSvg(place)) as BodyInit, {
		headers: { 'content-type': 'image/png' }
	});
};
