import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

/**
 * MapLibre lets a label run off the edge of the map (it places symbols up to 100 px beyond
 * it). So that no name is cut in half, the names of places that are not lit are shown only for
 * points far enough inside the map for a name to fit: a `within` filter over the map's area
 * less this inset, renewed whenever the map stops moving. (Lit places are framed well inside.)
 */
export const LABEL_INSET = { x: 80, y: 28 };

export interface ScreenToLonLat {
	unproject(point: [number, number]): { lng: number; lat: number };
	getContainer(): { clientWidth: number; clientHeight: number };
}

/** The map's area less the inset, as a GeoJSON polygon (counter-clockwise, closed). */
export function insetArea(map: ScreenToLonLat, inset = LABEL_INSET): GeoJSON.Polygon {
	const { clientWidth: w, clientHeight: h } = map.getContainer();
	const x0 = Math.min(inset.x, w / 2 - 1);
	const y0 = Math.min(inset.y, h / 2 - 1);
	const corners: [number, number][] = [
		[x0, h - y0],
		[w - x0, h - y0],
		[w - x0, y0],
		[x0, y0]
	];
	const ring = corners.map((p) => {
		const { lng, lat } = map.unproject(p);
		return [lng, lat];
	});
	return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
}

/** `base` limited to features inside `area`. */
export function insideOnly(base: FilterSpecification, area: GeoJSON.Polygon): FilterSpecification {
	return ['all', base as ExpressionSpecification, ['within', area]] as FilterSpecification;
}

interface FilterableMap extends ScreenToLonLat {
	getFilter(layer: string): FilterSpecification | void;
	setFilter(layer: string, filter: FilterSpecification): unknown;
	getLayer(layer: string): unknown;
	on(type: 'moveend' | 'resize', listener: () => void): unknown;
}

/**
 * The layers of names that may sit anywhere on the map: places' (points and the middles of
 * lines) and the district's. Lit places' are framed well inside. (The river's name is placed by
 * MapLibre inside its polygon, which a `within` filter would never keep.)
 */
export const EDGE_SAFE_LAYERS = ['place-label', 'place-line-label', 'district-label'] as const;

/**
 * Keeps the names of `layers` clear of the map's edges from now on. Call again after the style
 * changes (a new style brings its layers back with their own filters).
 */
export function keepNamesInside(
	map: FilterableMap,
	layers: readonly string[] = EDGE_SAFE_LAYERS,
	/** How much larger than usual the names are drawn (the presentation's projector scale). */
	scale: () => number = () => 1
) {
	const base = new Map<string, FilterSpecification>();
	for (const id of layers) {
		if (!map.getLayer(id)) continue;
		base.set(id, (map.getFilter(id) ?? ['boolean', true]) as FilterSpecification);
	}
	const update = () => {
		const k = scale();
		const area = insetArea(map, { x: LABEL_INSET.x * k, y: LABEL_INSET.y * k });
		for (const [id, filter] of base) map.setFilter(id, insideOnly(filter, area));
	};
	map.on('moveend', update);
	map.on('resize', update);
	update();
}
