import { env } from '$env/dynamic/public';

/**
 * The public origin of the deployed site (PUBLIC_SITE_ORIGIN), for canonical links and share
 * cards, which must be absolute. Local builds default to the preview server's address.
 */
export const SITE_ORIGIN = (env.PUBLIC_SITE_ORIGIN || 'http://localhost:4173').replace(/\/+$/, '');

export const SITE_TITLE = '浔阳 2024 · 地图上的政府工作报告';

export function absoluteUrl(path: string): string {
	return `${SITE_ORIGIN}${path.startsWith('/') ? '' : '/'}${path}`;
}
