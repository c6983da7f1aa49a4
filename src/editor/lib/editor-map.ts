/**
 * The editor's map: the project's own style (sketch, Tianditu when configured, the places),
 * the place being edited lit, drawing with terra-draw (a maintained drawing library with a
 * MapLibre adapter) and a layer for previews (pasted coordinates, geocoding candidates).
 * Only one drawn shape exists at a time: it is the proposed new position.
 */
import { Map, NavigationControl, ScaleControl, type GeoJSONSource } from 'maplibre-gl';
import {
	TerraDraw,
	TerraDrawLineStringMode,
	TerraDrawPointMode,
	TerraDrawPolygonMode,
	TerraDrawSelectMode
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Basemap } from '../../lib/map/basemap';
import { IDEOGRAPH_FONT_FAMILY, LABEL_FONT_STACK } from '../../lib/map/fonts';
import { ACTIVE_PLACES, PLACE_SOURCE } from '../../lib/map/style';
import { editorStyle, viewLayers, type View } from './basemap';
import { basemapUrls } from './client';
import { roundGeometry } from './geometry';
import type { DrawnGeometry } from './request';
import type { Box } from './view';

/** `browse` moves the map; the others draw (terra-draw's modes) or adjust the drawn shape. */
export type Tool = 'browse' | 'point' | 'linestring' | 'polygon' | 'select';

const TOOL_MODE: Record<Tool, string> = {
	browse: 'static',
	point: 'point',
	linestring: 'linestring',
	polygon: 'polygon',
	select: 'select'
};
const MODE_OF: Record<DrawnGeometry['type'], string> = {
	Point: 'point',
	LineString: 'linestring',
	Polygon: 'polygon'
};

const DRAW = '#1d4ed8';
const PREVIEW = 'editor-preview';
const RADIUS = 'editor-radius';
/** Metres per pixel at zoom 0 on the equator, for MapLibre's 512-pixel world. */
const METRES_PER_PIXEL_Z0 = 40075016.686 / 512;
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const editable = {
	feature: {
		draggable: true,
		coordinates: { draggable: true, midpoints: true, deletable: true }
	}
};

export interface EditorMapOptions {
	basemap: Basemap;
	places: GeoJSON.FeatureCollection;
	box: Box;
	/** The proposed geometry changed (drawn, adjusted, deleted). */
	onGeometry: (geometry: DrawnGeometry | null) => void;
}

export class EditorMap {
	readonly map: Map;
	readonly ready: Promise<void>;
	#draw: TerraDraw | null = null;
	#basemap: Basemap;
	#lit: string[] = [];
	#onGeometry: EditorMapOptions['onGeometry'];

	constructor(container: HTMLElement, options: EditorMapOptions) {
		this.#basemap = options.basemap;
		this.#onGeometry = options.onGeometry;
		this.map = new Map({
			container,
			style: editorStyle(basemapUrls, options.places, options.basemap),
			bounds: options.box,
			fitBoundsOptions: { padding: 24 },
			maxZoom: 18,
			minZoom: 8,
			dragRotate: false,
			pitchWithRotate: false,
			localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY,
			attributionControl: { compact: true }
		});
		this.map.touchZoomRotate.disableRotation();
		this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
		this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
		// Start on the style, not on 'load': 'load' waits for every tile, and an unreachable
		// Tianditu (no network, a bad key) must not keep the drawing tools away.
		this.ready = new Promise((resolve) => {
			const start = () => resolve(this.#start());
			if (this.map.isStyleLoaded()) start();
			else this.map.once('style.load', start);
		});
	}

	#start(): void {
		// The circle the true position may lie in, round a proposed point (radius_z0: pixels at
		// zoom 0, doubled each zoom level, as the site draws it).
		this.map.addSource(RADIUS, { type: 'geojson', data: EMPTY });
		this.map.addLayer({
			id: 'editor-radius',
			type: 'circle',
			source: RADIUS,
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
				'circle-color': DRAW,
				'circle-opacity': 0.08,
				'circle-stroke-color': DRAW,
				'circle-stroke-width': 1.5,
				'circle-stroke-opacity': 0.6,
				'circle-pitch-alignment': 'map'
			}
		});
		this.map.addSource(PREVIEW, { type: 'geojson', data: EMPTY });
		this.map.addLayer({
			id: 'editor-preview-line',
			type: 'line',
			source: PREVIEW,
			filter: ['!=', ['geometry-type'], 'Point'],
			paint: {
				'line-color': ['coalesce', ['get', 'color'], '#6b7280'],
				'line-width': 2,
				'line-dasharray': [2, 2]
			}
		});
		this.map.addLayer({
			id: 'editor-preview-point',
			type: 'circle',
			source: PREVIEW,
			filter: ['==', ['geometry-type'], 'Point'],
			paint: {
				'circle-radius': 7,
				'circle-color': ['coalesce', ['get', 'color'], '#6b7280'],
				'circle-opacity': ['case', ['get', 'hollow'], 0, 0.9],
				'circle-stroke-color': ['case', ['get', 'hollow'], ['get', 'color'], '#ffffff'],
				'circle-stroke-width': 2.5
			}
		});
		this.map.addLayer({
			id: 'editor-preview-label',
			type: 'symbol',
			source: PREVIEW,
			filter: ['has', 'label'],
			layout: {
				'text-field': ['get', 'label'],
				'text-font': LABEL_FONT_STACK,
				'text-size': 13,
				// The pasted (hollow) point's label below it, the converted one's above: never on top
				// of each other.
				'text-offset': ['case', ['get', 'hollow'], ['literal', [0, 1.1]], ['literal', [0, -1.1]]],
				'text-anchor': ['case', ['get', 'hollow'], 'top', 'bottom'],
				'text-allow-overlap': true
			},
			paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 2 }
		});

		const draw = new TerraDraw({
			adapter: new TerraDrawMapLibreGLAdapter({ map: this.map, coordinatePrecision: 7 }),
			modes: [
				new TerraDrawPointMode({
					styles: {
						pointColor: DRAW,
						pointWidth: 7,
						pointOutlineColor: '#ffffff',
						pointOutlineWidth: 2
					}
				}),
				new TerraDrawLineStringMode({ styles: { lineStringColor: DRAW, lineStringWidth: 4 } }),
				new TerraDrawPolygonMode({
					styles: { fillColor: DRAW, fillOpacity: 0.2, outlineColor: DRAW, outlineWidth: 3 }
				}),
				new TerraDrawSelectMode({
					flags: { point: editable, linestring: editable, polygon: editable },
					styles: {
						selectedPointColor: '#dc2626',
						selectedLineStringColor: '#dc2626',
						selectedPolygonColor: '#dc2626',
						selectedPolygonOutlineColor: '#dc2626'
					}
				})
			]
		});
		draw.start();
		draw.on('finish', (id) => {
			const feature = draw.getSnapshotFeature(id);
			if (!feature) return;
			const others = draw
				.getSnapshot()
				.map((f) => f.id!)
				.filter((other) => other !== id);
			if (others.length > 0) draw.removeFeatures(others);
			this.#onGeometry(feature.geometry as DrawnGeometry);
		});
		draw.on('change', (_ids, type) => {
			if (type === 'delete' && draw.getSnapshot().length === 0) this.#onGeometry(null);
		});
		this.#draw = draw;
		window.__editor = { map: this.map, draw, ready: true };
	}

	/** Runs now if the map has loaded, else once it has (a person may click before). */
	#whenReady(run: () => void): void {
		if (this.#draw) run();
		else void this.ready.then(run);
	}

	/** Redraws the places (after a save) from the file's features as map features. */
	setPlaces(places: GeoJSON.FeatureCollection): void {
		this.#whenReady(() => {
			(this.map.getSource(PLACE_SOURCE) as GeoJSONSource | undefined)?.setData(places);
		});
	}

	/** Lights some places (the one being edited, a step's) and shows the given ground. */
	light(slugs: string[], box: Box | null): void {
		this.#whenReady(() => {
			for (const id of this.#lit) {
				this.map.setFeatureState({ source: PLACE_SOURCE, id }, { active: false });
			}
			this.#lit = slugs;
			for (const id of slugs)
				this.map.setFeatureState({ source: PLACE_SOURCE, id }, { active: true });
			this.map.setGlobalStateProperty(ACTIVE_PLACES, slugs);
			if (box) this.fitBox(box);
		});
	}

	/** Draws the uncertainty circle round a proposed point (nothing for lines and areas). */
	showRadius(point: [number, number] | null, radiusM: number | null): void {
		this.#whenReady(() => {
			const source = this.map.getSource(RADIUS) as GeoJSONSource | undefined;
			if (!source) return;
			if (!point || !radiusM || radiusM <= 0) return void source.setData(EMPTY);
			const radius_z0 = radiusM / (METRES_PER_PIXEL_Z0 * Math.cos((point[1] * Math.PI) / 180));
			source.setData({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: point },
				properties: { radius_z0 }
			});
		});
	}

	/** Shows a box: with room round it (a place), or exactly (a story step's stored view). */
	fitBox(box: Box, padding = 48): void {
		this.map.fitBounds(box, { padding, maxZoom: 18, duration: 400 });
	}

	/** The map's current bounds, [west, south, east, north]. */
	bounds(): Box {
		const b = this.map.getBounds();
		return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
	}

	setTool(tool: Tool): void {
		const draw = this.#draw;
		if (!draw) return;
		draw.setMode(TOOL_MODE[tool]);
		const [feature] = draw.getSnapshot();
		if (tool === 'select' && feature) draw.selectFeature(feature.id!);
	}

	/** Puts a geometry (from pasted coordinates) on the map as the proposal; null clears it. */
	setGeometry(geometry: DrawnGeometry | null): void {
		const draw = this.#draw;
		if (!draw) return;
		draw.setMode('static');
		draw.clear();
		if (!geometry) return;
		const feature = {
			id: draw.getFeatureId(),
			type: 'Feature' as const,
			geometry: roundGeometry(geometry),
			properties: { mode: MODE_OF[geometry.type] }
		};
		const [result] = draw.addFeatures([feature]);
		if (!result?.valid)
			throw new Error(`the shape could not be drawn: ${result?.reason ?? 'invalid'}`);
	}

	/** Shows preview features (properties: color, hollow, label); none clears the layer. */
	showPreview(features: GeoJSON.Feature[] = []): void {
		this.#whenReady(() => {
			(this.map.getSource(PREVIEW) as GeoJSONSource | undefined)?.setData({
				type: 'FeatureCollection',
				features
			});
		});
	}

	/** Shows imagery, the vector map or the sketch alone (Tianditu layers' visibility). */
	setView(view: View): void {
		this.#whenReady(() => {
			const layers = viewLayers(this.#basemap);
			for (const [v, ids] of Object.entries(layers)) {
				for (const id of ids) {
					if (this.map.getLayer(id)) {
						this.map.setLayoutProperty(id, 'visibility', v === view ? 'visible' : 'none');
					}
				}
			}
		});
	}

	destroy(): void {
		this.#draw?.stop();
		this.map.remove();
	}
}
