import { places } from '$lib/places';
import { districtOutline, placeItems } from '$lib/server/place-list';
import { exploreView, placeView, type View } from '$lib/server/views';

export function load() {
	// The view of each placed place, for when it is selected (a handful: most have no position).
	const placeViews: Record<string, View> = Object.fromEntries(
		places.filter((p) => p.geometry).map((p) => [p.id, placeView(p.id)])
	);
	return {
		items: placeItems(),
		view: exploreView(),
		placeViews,
		district: districtOutline()
	};
}
