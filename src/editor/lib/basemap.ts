/**
 * The editor's basemap: Tianditu imagery and vector maps when a key is configured (the project's
 * own settings, PUBLIC_TIANDITU_KEY and PUBLIC_TIANDITU_REVIEW_NUMBER; PUBLIC_BASEMAP picks which
 * one shows first), the offline sketch otherwise. Both Tianditu maps are in one style, so
 * switching between them only changes which layers are visible (drawings stay on the map).
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import {
	basemapFromEnv,
	tiandituTiles,
	type Basemap,
	type BasemapEnv
} from '../../lib/map/basemap';
import { buildStyle, type BasemapUrls } from '../../lib/map/style';

/** What the person sees under the places: imagery, the vector map, or the sketch alone. */
export type View = 'img' | 'vec' | 'sketch';

/** The basemap settings the editor uses: Tianditu whenever a key (and review number) is set. */
export function editorBasemap(env: BasemapEnv): Basemap {
	const chosen = env.PUBLIC_BASEMAP === 'tianditu-vec' ? 'tianditu-vec' : 'tianditu-img';
	return basemapFromEnv({ ...env, PUBLIC_BASEMAP: chosen });
}

/** The views this basemap offers, first the one shown at start. */
export function viewsOf(basemap: Basemap): View[] {
	if (basemap.kind !== 'tianditu') return ['sketch'];
	return basemap.variant === 'img' ? ['img', 'vec', 'sketch'] : ['vec', 'img', 'sketch'];
}

/** The imagery a surveyed position names by default (position.survey.imagery). */
export function imageryName(view: View): string {
	return { img: '天地图影像', vec: '天地图矢量', sketch: '离线示意图' }[view];
}

const ALT_LAYERS = ['online-base-alt', 'online-labels-alt'] as const;

/** The layer ids that draw each view's tiles. */
export function viewLayers(basemap: Basemap): Record<View, string[]> {
	if (basemap.kind !== 'tianditu') return { img: [], vec: [], sketch: [] };
	const configured = ['online-base', 'online-labels'];
	return basemap.variant === 'img'
		? { img: configured, vec: [...ALT_LAYERS], sketch: [] }
		: { vec: configured, img: [...ALT_LAYERS], sketch: [] };
}

/** The project's style (buildStyle) with the other Tianditu map added, hidden. */
export function editorStyle(
	urls: BasemapUrls,
	places: GeoJSON.FeatureCollection,
	basemap: Basemap
): StyleSpecification {
	const style = buildStyle(urls, places, basemap);
	if (basemap.kind !== 'tianditu') return style;
	const [base, labels] =
		basemap.variant === 'img' ? (['vec', 'cva'] as const) : (['img', 'cia'] as const);
	const attribution = `© 天地图 审图号：${basemap.reviewNumber}`;
	const raster = (layer: 'vec' | 'cva' | 'img' | 'cia') => ({
		type: 'raster' as const,
		tiles: tiandituTiles(layer, basemap.key),
		tileSize: 256,
		minzoom: 1,
		maxzoom: 18,
		attribution
	});
	style.sources['online-base-alt'] = raster(base);
	style.sources['online-labels-alt'] = raster(labels);
	const alt: LayerSpecification[] = ALT_LAYERS.map((id) => ({
		id,
		type: 'raster',
		source: id,
		layout: { visibility: 'none' }
	}));
	// Right after the configured Tianditu layers, so the places stay on top.
	const at = style.layers.findIndex((l) => l.id === 'online-labels') + 1;
	style.layers.splice(at, 0, ...alt);
	return style;
}
