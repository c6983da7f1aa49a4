import {
	createPropertyExpression,
	featureFilter,
	v8,
	validateStyleMin
} from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
	ACTIVE_PLACES,
	buildStyle,
	ONLINE_LAYERS,
	overlayStyle,
	PLACE_LAYERS,
	FILTER_PLACES,
	VISIBLE_PLACES
} from './style';

const urls = {
	water: 'w.geojson',
	district: 'd.geojson',
	neighbours: 'n.geojson',
	labels: 'l.geojson'
};
const places: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

describe('buildStyle', () => {
	it('needs no network by default: no glyphs, sprite or tile URL anywhere', () => {
		const style = buildStyle(urls, places);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
	});

	it('puts Tianditu tiles over the sketch and under the places, credited with the review number', () => {
		const style = buildStyle(urls, places, {
			kind: 'tianditu',
			variant: 'img',
			key: 'k',
			reviewNumber: 'GS(0000)0000号'
		});
		const ids = style.layers.map((l) => l.id);
		const online = ids.indexOf(ONLINE_LAYERS[0]);
		expect(online).toBeGreaterThan(ids.indexOf('water'));
		for (const layer of PLACE_LAYERS) expect(ids.indexOf(layer)).toBeGreaterThan(online);
		const source = style.sources['online-base'] as { tiles: string[]; attribution: string };
		expect(source.tiles[0]).toContain('img_w');
		expect(source.attribution).toBe('© 天地图 审图号：GS(0000)0000号');
		expect((style.sources['online-labels'] as { tiles: string[] }).tiles[0]).toContain('cia_w');
	});

	it('scales every label and its halo by labelScale (a projector), and nothing else', () => {
		const normal = buildStyle(urls, places);
		const big = buildStyle(urls, places, { kind: 'offline' }, { labelScale: 2 });
		const symbols = normal.layers.filter((l) => l.type === 'symbol');
		expect(symbols.length).toBeGreaterThan(3);
		type Layer = (typeof normal.layers)[number];
		const size = (l: Layer) => (l.layout as { 'text-size': number })['text-size'];
		const halo = (l: Layer) => (l.paint as { 'text-halo-width': number })['text-halo-width'];
		for (const layer of symbols) {
			const scaled = big.layers.find((l) => l.id === layer.id)!;
			expect(size(scaled), layer.id).toBe(2 * size(layer));
			expect(halo(scaled), layer.id).toBe(2 * halo(layer));
		}
		const shapes = (s: typeof normal) =>
			JSON.stringify(s.layers.filter((l) => l.type !== 'symbol'));
		expect(shapes(big)).toBe(shapes(normal));
	});

	it('keys place highlights on the slug (feature-state via promoteId)', () => {
		const style = buildStyle(urls, places);
		expect(style.sources.places).toMatchObject({ type: 'geojson', promoteId: 'slug' });
	});
});

describe('overlayStyle', () => {
	const online = {
		version: 8 as const,
		glyphs: 'https://tiles.example/fonts/{fontstack}/{range}.pbf',
		sources: { base: { type: 'vector' as const, url: 'https://tiles.example/tiles.json' } },
		layers: [
			{ id: 'bg', type: 'background' as const },
			{ id: 'roads', type: 'line' as const, source: 'base', 'source-layer': 'roads' }
		]
	};

	it('draws our outline and every place layer over the other style, and none of our sketch fills', () => {
		const ours = buildStyle(urls, places);
		const merged = overlayStyle(online, ours);
		const ids = merged.layers.map((l) => l.id);
		expect(ids.slice(0, 2)).toEqual(['bg', 'roads']);
		// Every layer of ours that draws from the places source survives, in order: the list is
		// read from the style itself, so a new place layer cannot be forgotten here.
		const placeLayers = ours.layers
			.filter((l) => 'source' in l && l.source === 'places')
			.map((l) => l.id);
		expect(placeLayers).toContain('place-radius');
		expect(ids.slice(2)).toEqual(['district-line', ...placeLayers]);
		expect(ids).not.toContain('land');
		expect(ids).not.toContain('water');
		expect(Object.keys(merged.sources).sort()).toEqual(['base', 'district', 'places']);
		expect(merged.glyphs).toBe(online.glyphs);
	});
});

describe('the explore switches (global state), off on every other map', () => {
	const style = buildStyle(urls, places);
	const point = (slug: string) => ({
		type: 1 as const,
		properties: { slug, category: 'industry', radius_z0: 0.01 },
		geometry: [[{ x: 0, y: 0 }]]
	});
	const drawn = (layerId: string, state: Record<string, unknown>, slug: string) => {
		const layer = style.layers.find((l) => l.id === layerId) as { filter: FilterSpecification };
		// The style's own defaults of the other global states (nothing lit).
		const global = { [ACTIVE_PLACES]: [], ...state };
		return featureFilter(layer.filter, global).filter({ zoom: 12 }, point(slug) as never);
	};

	it('the style is valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('without the filter switch every place is drawn; with it, only those listed', () => {
		// An unset state is undefined in the MapLibre build (null in newer style-spec releases).
		const unset = { [FILTER_PLACES]: undefined, [VISIBLE_PLACES]: undefined };
		const on = (list: string[]) => ({ [FILTER_PLACES]: true, [VISIBLE_PLACES]: list });
		for (const layer of ['place-point', 'place-radius', 'place-label']) {
			expect(drawn(layer, {}, 'a'), layer).toBe(true);
			expect(drawn(layer, unset, 'a'), layer).toBe(true);
			expect(drawn(layer, { [FILTER_PLACES]: false, [VISIBLE_PLACES]: [] }, 'a'), layer).toBe(true);
			expect(drawn(layer, on(['a']), 'a'), layer).toBe(true);
			expect(drawn(layer, on(['a']), 'b'), layer).toBe(false);
			expect(drawn(layer, on([]), 'a'), layer).toBe(false);
		}
	});

	it('every layer drawing places honours the filter', () => {
		const placeLayers = style.layers.filter((l) => 'source' in l && l.source === 'places');
		for (const layer of placeLayers) {
			expect(JSON.stringify((layer as { filter: unknown }).filter), layer.id).toContain(
				FILTER_PLACES
			);
		}
	});
});

describe('the band along an approximate line', () => {
	const style = buildStyle(urls, places);
	const band = style.layers.find((l) => l.id === 'place-band') as {
		paint: Record<string, unknown>;
		filter: FilterSpecification;
	};

	it('is radius_z0 × 2^zoom pixels each side of the line, at any zoom', () => {
		const parsed = createPropertyExpression(band.paint['line-width'], v8.paint_line['line-width']);
		if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
		const radius_z0 = 0.0125;
		for (const zoom of [10, 13.5, 16]) {
			const width = parsed.value.evaluate({ zoom }, {
				type: 2,
				properties: { radius_z0 }
			} as never);
			expect(width).toBeCloseTo(2 * radius_z0 * 2 ** zoom, 6);
		}
	});

	it('is drawn for lines with a radius only, and honours the filter', () => {
		const line = (props: Record<string, unknown>) => ({
			type: 2 as const,
			properties: { slug: 'a', ...props },
			geometry: [
				[
					{ x: 0, y: 0 },
					{ x: 1, y: 1 }
				]
			]
		});
		const f = featureFilter(band.filter, { [ACTIVE_PLACES]: [] });
		expect(f.filter({ zoom: 12 }, line({ radius_z0: 0.01 }) as never)).toBe(true);
		expect(f.filter({ zoom: 12 }, line({}) as never)).toBe(false);
		const hidden = featureFilter(band.filter, {
			[ACTIVE_PLACES]: [],
			[FILTER_PLACES]: true,
			[VISIBLE_PLACES]: ['b']
		});
		expect(hidden.filter({ zoom: 12 }, line({ radius_z0: 0.01 }) as never)).toBe(false);
	});
});
