import { iconPng, pngResponse, TOUCH_ICON_SIZE } from '$lib/server/icons';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The home-screen icon iOS asks for (also at this address when a page does not link it). */
export const GET: RequestHandler = () => pngResponse(iconPng(TOUCH_ICON_SIZE, { opaque: true }));
