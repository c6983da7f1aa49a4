import { error } from '@sveltejs/kit';
import { displayWater, rounded } from '$lib/server/basemap-display';
import { basemapFile } from '$lib/server/district';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const LAYERS = ['water', 'district', 'neighbours', 'labels'] as const;
type Layer = (typeof LAYERS)[number];

export const entries: EntryGenerator = () => LAYERS.map((layer) => ({ layer }));

/** The offline sketch's layers as the map draws them (the river smoothed for display). */
export const GET: RequestHandler = ({ params }) => {
	const layer = params.layer as Layer;
	if (!LAYERS.includes(layer)) error(404, 'no such layer');
	const data = layer === 'water' ? displayWater() : basemapFile(layer);
	return new Response(JSON.stringify(rounded(data)), {
		headers: { 'content-type': 'application/geo+json' }
	});
};
