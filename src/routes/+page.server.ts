import { brief, getPlace, places } from '$lib/places';
import { placeName, type PlaceName } from '$lib/places/brief';
import { stepNotes, type StepNotes } from '$lib/places/describe';
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
	// Full briefs only for the places the steps and figures tell of; every other place is only
	// named in the closing list, so the page's data carries its name and nothing more.
	const told = new Set([...steps.flatMap((s) => s.places), ...figurePlaces]);
	const briefs = places.filter((p) => told.has(p.id)).map(brief);
	const bySlug = new Map(briefs.map((b) => [b.id, b]));
	// What each step says of its places' progress and positions (the same brief objects as in
	// `places`, so the page's data carries each place once).
	const notes: Record<string, StepNotes> = Object.fromEntries(
		steps.map((step) => [step.id, stepNotes(step.places.flatMap((slug) => bySlug.get(slug) ?? []))])
	);
	const roll: PlaceName[] = places.map(placeName);
	return {
		views: storyViews(),
		mentions,
		notes,
		focus,
		places: briefs,
		roll
	};
}
