import { error } from '@sveltejs/kit';
import { places } from '$lib/places';
import { cardPng, placeCardName } from '$lib/server/cards';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => places.map((p) => ({ slug: p.id }));

/** The share card of one place, framed on it, rendered at build time. */
export const GET: RequestHandler = async ({ params }) => {
	const png = await cardPng(placeCardName(params.slug));
	if (!png) error(404, 'no such place');
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
