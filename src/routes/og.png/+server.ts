import { places } from '$lib/places';
import { cardPng, locatorSvg } from '$lib/server/locator';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The share card of the story: every place with a known position. */
export const GET: RequestHandler = () => {
	const marks = places.flatMap((p) => (p.geometry ? [p.geometry as GeoJSON.Geometry] : []));
	const svg = locatorSvg('2024年政府工作报告', '报告提到的项目与地点', marks);
	return new Response(cardPng(svg) as BodyInit, { headers: { 'content-type': 'image/png' } });
};
