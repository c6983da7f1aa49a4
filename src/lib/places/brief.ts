import type { Place } from './schema';

/**
 * What a page needs to show a place in a list, a story card or a note: name, status and how
 * sure its position is. Pages get briefs from their server load, so the whole dataset (sources,
 * summaries, geometry) never ships in the browser's JavaScript.
 */
export interface PlaceBrief {
	id: string;
	name: string;
	status: Place['properties']['status'];
	category: Place['properties']['category'];
	street: Place['properties']['street'];
	/** Has a geometry on the map. */
	placed: boolean;
	position: Pick<
		Place['properties']['position'],
		'accuracy' | 'radius_m' | 'description' | 'survey'
	>;
}

/** A place only named (in a list of every place): its name, and whether it is on the map. */
export type PlaceName = Pick<PlaceBrief, 'id' | 'name' | 'placed'>;

/** A place's name, and whether it is on the map (has a geometry). */
export function placeName(place: Place): PlaceName {
	return { id: place.id, name: place.properties.name, placed: place.geometry !== null };
}

export function brief(place: Place): PlaceBrief {
	const { status, category, street, position } = place.properties;
	return {
		...placeName(place),
		status,
		category,
		street,
		position: {
			accuracy: position.accuracy,
			radius_m: position.radius_m,
			description: position.description,
			...(position.survey ? { survey: position.survey } : {})
		}
	};
}
