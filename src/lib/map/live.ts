// The live map: everything that only matters once MapLibre runs, loaded with it as one lazy
// chunk (the page's first JavaScript holds only the picture and the intent listener).
import { basemapUrls, placesUrl } from './assets';
import { basemapMaxZoom, SKETCH_MAX_ZOOM, type Basemap } from './basemap';
import { MapController, type LayerState, type MapState } from './controller';
import { keepNamesInside } from './edges';
import { IDEOGRAPH_FONT_FAMILY } from './fonts';
import { frameCamera } from './frame';
import { Map, NavigationControl, ScaleControl, type MaplibreMap } from './maplibre';
import { useStyleUrl } from './online';
import { buildStyle, ONLINE_LAYERS, PLACE_LAYERS } from './style';
import { exposeForTests } from './testhooks';

export interface LiveMapOptions {
	container: HTMLElement;
	/** What to show first; `current()` gives what to show once the map has loaded. */
	current: () => { target: MapState; reason?: string; layers?: LayerState };
	basemap: Basemap;
	interactive: boolean;
	onplaceclick?: (slug: string) => void;
	/** The map has drawn a complete frame (first time, and after each move). */
	onidle: () => void;
	onmoving: () => void;
	/** Online tiles failed: the offline sketch stays. */
	onofflinefallback: () => void;
	/** Loaded: from now on the controller moves the map. */
	onready: (controller: MapController, map: MaplibreMap) => void;
	isDestroyed: () => boolean;
	/** Labels this many times their normal size (a projector); read when a style is built. */
	labelScale?: () => number;
}

/** Why the live map could not start. */
export type StartFailure = 'no-webgl' | 'error';

/** Starts MapLibre in `container`; returns the map, or why it could not start. */
export function createLiveMap(options: LiveMapOptions): MaplibreMap | StartFailure {
	const { container, basemap, interactive } = options;
	const labelScale = () => options.labelScale?.() ?? 1;
	const first = options.current();
	const camera = frameCamera(first.target.frame, {
		width: container.clientWidth,
		height: container.clientHeight
	});
	let map: MaplibreMap;
	try {
		map = new Map({
			container,
			style: buildStyle(basemapUrls, placesUrl, basemap, { labelScale: labelScale() }),
			...camera,
			maxZoom: basemapMaxZoom(basemap),
			interactive,
			cooperativeGestures: interactive,
			attributionControl: { compact: true },
			localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY,
			maxPitch: 60
		});
	} catch (error) {
		console.warn('map:', error);
		return /webgl/i.test(String(error)) ? 'no-webgl' : 'error';
	}
	exposeForTests(map);
	if (interactive) map.addControl(new NavigationControl({ showCompass: false }));
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	let controller: MapController | null = null;
	let fellBack = false;
	const fallBack = () => {
		if (fellBack) return;
		fellBack = true;
		map.setMaxZoom(SKETCH_MAX_ZOOM);
		options.onofflinefallback();
	};
	map.on('error', (event) => {
		const sourceId = (event as { sourceId?: string }).sourceId;
		if (sourceId && sourceId.startsWith('online-')) {
			// No network at the venue: hide the online tiles; the sketch below stays.
			for (const id of ONLINE_LAYERS) map.setLayoutProperty(id, 'visibility', 'none');
			fallBack();
			return;
		}
		console.warn('map:', event.error?.message ?? event);
	});
	map.on('idle', options.onidle);
	map.on('movestart', options.onmoving);
	map.on('resize', () => {
		if (!interactive) controller?.refit();
	});
	const click = options.onplaceclick;
	if (click) {
		map.on('click', [...PLACE_LAYERS], (e) => {
			const slug = e.features?.[0]?.properties?.slug;
			if (typeof slug === 'string') click(slug);
		});
		for (const layer of PLACE_LAYERS) {
			map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
			map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
		}
	}
	map.once('load', () => {
		if (options.isDestroyed()) return;
		// On a narrow screen the credits start folded behind their (i) button.
		if (window.matchMedia('(max-width: 760px)').matches) {
			container
				.querySelector('.maplibregl-compact-show')
				?.classList.remove('maplibregl-compact-show');
		}
		keepNamesInside(map, undefined, labelScale);
		const live = new MapController(map);
		// The state may have moved on while the map loaded (a reader scrolling at once):
		// apply the current one, without flying from where the map started.
		const now = options.current();
		if (now.layers) live.setLayers(now.layers);
		live.apply(now.target, { animate: false, reason: now.reason });
		controller = live;
		options.onready(live, map);
		if (basemap.kind === 'style') {
			useStyleUrl(
				map,
				basemap.url,
				buildStyle(basemapUrls, placesUrl, undefined, { labelScale: labelScale() }),
				() => {
					keepNamesInside(map, undefined, labelScale);
					controller?.refresh();
				},
				fallBack
			);
		}
	});
	return map;
}

/** Resizes the labels of a running map in place (a window dragged to the projector). */
export function setLabelScale(map: MaplibreMap, basemap: Basemap, labelScale: number): void {
	for (const layer of buildStyle(basemapUrls, placesUrl, basemap, { labelScale }).layers) {
		if (layer.type !== 'symbol' || !map.getLayer(layer.id)) continue;
		map.setLayoutProperty(layer.id, 'text-size', layer.layout?.['text-size']);
		map.setPaintProperty(layer.id, 'text-halo-width', layer.paint?.['text-halo-width']);
	}
}
