import simplify from '@turf/simplify';
import { pinyin } from 'pinyin-pro';
import { places, type Place } from '$lib/places';
import type { PlaceGeometry, PlaceItem, SiteEntry } from '$lib/places/list';
import { basemapFile } from './district';

/** Full pinyin and initials of a name, computed at build time (pinyin-pro stays out of the browser). */
export function pinyinOf(name: string): { pinyin: string; initials: string } {
	const syllables = pinyin(name, { toneType: 'none', type: 'array' });
	return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}

/** One place as the site's lists show it. */
export function placeItem(place: Place): PlaceItem {
	const p = place.properties;
	return {
		slug: place.id,
		name: p.name,
		nameEn: p.name_en,
		aliases: p.aliases,
		...pinyinOf(p.name),
		category: p.category,
		status: p.status,
		street: p.street,
		accuracy: p.position.accuracy,
		radius_m: p.position.radius_m,
		where: p.position.description?.text ?? null,
		geometry: place.geometry as PlaceGeometry | null
	};
}

/** Every place, in the order of geo/places.geojson. */
export function placeItems(): PlaceItem[] {
	return places.map(placeItem);
}

export function siteEntries(): SiteEntry[] {
	return places.map((place) => ({
		...placeItem(place),
		summary: place.properties.summary,
		figures: place.properties.figures.map(({ label, value, unit }) => ({ label, value, unit }))
	}));
}

/**
 * The district outline, simplified to about 30 m (a few hundred bytes): enough to tell a
 * reader near me whether they are in the district.
 */
export function districtOutline(): [number, number][][] {
	const district = basemapFile<GeoJSON.Feature<GeoJSON.Polygon>>('district');
	const simple = simplify(district, { tolerance: 0.0003, highQuality: true });
	return simple.geometry.coordinates.map((ring) =>
		ring.map(([lon, lat]) => [Number(lon.toFixed(5)), Number(lat.toFixed(5))] as [number, number])
	);
}
