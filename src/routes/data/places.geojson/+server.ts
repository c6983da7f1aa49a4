import { places, toMapFeatures } from '$lib/places';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The places layer of every map, as a file MapLibre fetches when it starts: only what the map
 * draws (geometry, slug, name, category, status, accuracy, radius), never the whole dataset.
 */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify(toMapFeatures(places)), {
		headers: { 'content-type': 'application/geo+json' }
	});
