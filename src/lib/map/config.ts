import { env } from '$env/dynamic/public';
import { basemapFromEnv } from './basemap';

/** The basemap chosen for this build (PUBLIC_BASEMAP etc.; see README). */
export const basemap = basemapFromEnv(env);
