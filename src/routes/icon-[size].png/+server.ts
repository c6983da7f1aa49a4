import { error } from '@sveltejs/kit';
import { ICON_SIZES, iconPng, pngResponse } from '$lib/server/icons';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => ICON_SIZES.map((size) => ({ size: String(size) }));

/** The site icon as a square PNG: 32 for browser tabs, 192 and 512 for the web manifest. */
export const GET: RequestHandler = ({ params }) => {
	const size = Number(params.size);
	if (!(ICON_SIZES as readonly number[]).includes(size)) error(404, 'no such icon');
	return pngResponse(iconPng(size));
};
