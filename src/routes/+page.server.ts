import { brief, getPlace, places } from '$lib/places';
import { findMentions } from '$lib/places/mentions';
import type { QuoteMention } from '$lib/story/figures';
import { placeView, storyViews, type View } from '$lib/server/views';
import { steps } from '$lib/story/steps';

export function load() {
	// Places lit by tapping a figure in a quote.
	const figurePlaces = new Set(steps.flatMap((s) => (s.figures ?? []).map((f) => f.place)));
	const focus: Record<string, View> = Object.fromEntries(
		[...figurePlaces].map((slug) => [slug, placeView(slug)])
	);
	// The places each quote names, found here so the places data stays out of the page's script.
	const mentions: Record<string, QuoteMention[][]> = Object.fromEntries(
		steps.map((step) => [
			step.id,
			step.quotes.map((quote) =>
				findMentions(quote.text, places).map((m) => ({
					start: m.start,
					end: m.end,
					targets: m.slugs.map((slug) => ({ slug, name: getPlace(slug)?.properties.name ?? slug }))
				}))
			)
		])
	);
	return {
		views: storyViews(),
		mentions,
		focus,
		places: places.map(brief)
	};
}
