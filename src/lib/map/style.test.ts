import { describe, expect, it } from 'vitest';
import { buildStyle, ONLINE_LAYERS, PLACE_LAYERS } from './style';

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

	it('keys place highlights on the slug (feature-state via promoteId)', () => {
		const style = buildStyle(urls, places);
		expect(style.sources.places).toMatchObject({ type: 'geojson', promoteId: 'slug' });
	});
});
