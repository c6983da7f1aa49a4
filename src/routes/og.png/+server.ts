import { cardPng, STORY_CARD } from '$lib/server/cards';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The share card of the story: the district with every placed place. */
export const GET: RequestHandler = async () => {
	const png = (await cardPng(STORY_CARD))!;
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
