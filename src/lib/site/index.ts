import { env } from '$env/dynamic/public';
import { parseFeedbackUrl } from './feedback';
import { parseOrigin } from './origin';

/**
 * The public address of the deployed site (PUBLIC_SITE_ORIGIN), or null when the build was
 * made without one: then canonical, og:url and absolute share-card addresses are left out.
 */
export const SITE_ORIGIN = parseOrigin(env.PUBLIC_SITE_ORIGIN);

export const SITE_TITLE = '浔阳 2024 · 地图上的政府工作报告';

/** The absolute address of a path on the public site, or null without a configured origin. */
export function absoluteUrl(path: string): string | null {
	if (!SITE_ORIGIN) return null;
	return `${SITE_ORIGIN}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** Where readers can send what they know of a place's position (null: no link). */
export const FEEDBACK_URL = parseFeedbackUrl(env.PUBLIC_FEEDBACK_URL);
