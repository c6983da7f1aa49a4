import { resolve } from '$app/paths';
import { brief, places } from '$lib/places';
import { buildSlides, type Slide } from '$lib/present/slides';
import { steps } from '$lib/story/steps';
import { storyViews, type View } from './views';

/**
 * What the presentation pages load: the slides and every stop's map view (the story's own).
 * Presenter notes only for the presenter view: the audience page never carries them.
 */
export function presentation(options: { notes: boolean }): {
	slides: Slide[];
	views: Record<string, View>;
} {
	const slides = buildSlides(steps, places.map(brief), {
		story: resolve('/'),
		places: resolve('/site/'),
		place: (slug) => `${resolve('/site/[slug]', { slug })}/`
	});
	return {
		slides: options.notes ? slides : slides.map((s) => ({ ...s, notes: null })),
		views: storyViews()
	};
}
