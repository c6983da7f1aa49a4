import { places } from '$lib/places';
import { siteEntries } from '$lib/server/place-list';
import { placeView, type View } from '$lib/server/views';

export function load() {
	// Locator pictures for print, for the places on the map (the others say where they are in words).
	const views: Record<string, View> = Object.fromEntries(
		places.filter((p) => p.geometry).map((p) => [p.id, placeView(p.id)])
	);
	return { entries: siteEntries(), views };
}
