import bbox from '@turf/bbox';
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

/** A basemap GeoJSON file, read and parsed once per build (every prerendered page asks). */
export function basemapFile<T>(name: 'district' | 'water' | 'neighbours' | 'labels'): T {
	const file = `geo/basemap/${name}.geojson`;
	if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(file, 'utf8')));
	return cache.get(file) as T;
}

/** The district outline's bounding box [west, south, east, north], read at build time. */
export function districtBox(): [number, number, number, number] {
	return bbox(basemapFile<GeoJSON.Feature>('district')) as [number, number, number, number];
}
