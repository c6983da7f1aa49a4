import polygonSmooth from '@turf/polygon-smooth';
import simplify from '@turf/simplify';
import { basemapFile } from './district';

/**
 * The river as drawn, from geo/basemap/water.geojson as built (the file itself is never
 * changed). GSHHG was rasterised at 0.0002° (~20 m) before polygonising, so its bank is a
 * staircase of 20-m steps. For display we remove the steps: Douglas–Peucker simplification
 * with a tolerance of 0.0003° (~30 m, half again one step, so a run of steps collapses to
 * its diagonal), then one round of Chaikin corner-cutting to soften the corners left. The
 * drawn bank moves by at most ~20 m (a test bounds it at 30 m), well inside GSHHG's own
 * 50–200 m accuracy, and the file shrinks to a few hundred vertices.
 */
export const SMOOTH_TOLERANCE_DEG = 0.0003;
export const SMOOTH_ITERATIONS = 1;

let cached: GeoJSON.FeatureCollection | null = null;

export function displayWater(): GeoJSON.FeatureCollection {
	if (cached) return cached;
	const raw = basemapFile<GeoJSON.FeatureCollection>('water');
	const features = raw.features.map((feature) => {
		const simple = simplify(feature as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>, {
			tolerance: SMOOTH_TOLERANCE_DEG,
			highQuality: true
		});
		const smooth = polygonSmooth(simple, { iterations: SMOOTH_ITERATIONS }).features[0];
		return { ...smooth, properties: feature.properties };
	});
	cached = { type: 'FeatureCollection', features: features as GeoJSON.Feature[] };
	return cached;
}

/** Coordinates rounded to 6 decimals (~0.1 m): the served files stay small. */
export function rounded<T>(geojson: T): T {
	return JSON.parse(
		JSON.stringify(geojson, (_key, value) =>
			typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value
		)
	) as T;
}

/**
 * The Yangtze as drawn: the bank that derivation rules (geo/derivations.json) measure along,
 * so a place derived from the bank sits on the bank the reader sees.
 */
export function drawnRiver(): GeoJSON.Polygon {
	const river = displayWater().features.find((f) => f.properties?.name === '长江');
	if (river?.geometry?.type !== 'Polygon') {
		throw new Error('geo/basemap/water.geojson: no Polygon feature named 长江');
	}
	return river.geometry;
}
