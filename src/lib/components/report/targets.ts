import { getPlace, type Mention } from '$lib/places';

/**
 * The places a mention means, with their names. Used by the report's components, which are
 * rendered only at build time (/report/ ships no JavaScript), so the places data stays there.
 */
export function targetsOf(mark: Mention): { slug: string; name: string }[] {
	return mark.slugs.map((slug) => ({ slug, name: getPlace(slug)?.properties.name ?? slug }));
}
