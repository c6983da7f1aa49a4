import bbox from '@turf/bbox';
import { readFileSync } from 'node:fs';

/** The district outline's bounding box [west, south, east, north], read at build time. */
export function districtBox(): [number, number, number, number] {
	const outline = JSON.parse(readFileSync('geo/basemap/district.geojson', 'utf8'));
	return bbox(outline) as [number, number, number, number];
}
