import { brief, places } from '$lib/places';
import { placeView, storyViews, type View } from '$lib/server/views';
import { steps } from '$lib/story/steps';

export function load() {
	// Places lit by tapping a figure in a quote.
	const figurePlaces = new Set(steps.flatMap((s) => (s.figures ?? []).map((f) => f.place)));
	const focus: Record<string, View> = Object.fromEntries(
		[...figurePlaces].map((slug) => [slug, placeView(slug)])
	);
	return {
		views: storyViews(),
		focus,
		places: places.map(brief)
	};
}
