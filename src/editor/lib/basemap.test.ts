import { describe, expect, it } from 'vitest';
import { editorBasemap, editorStyle, imageryName, viewLayers, viewsOf } from './basemap';

const urls = { water: '/w', district: '/d', neighbours: '/n', labels: '/l' };
const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const keyed = { PUBLIC_TIANDITU_KEY: 'k', PUBLIC_TIANDITU_REVIEW_NUMBER: 'GS(0000)0000号' };

describe('editorBasemap', () => {
	it('uses Tianditu imagery whenever a key and review number are configured', () => {
		expect(editorBasemap(keyed)).toMatchObject({ kind: 'tianditu', variant: 'img' });
		expect(editorBasemap({ ...keyed, PUBLIC_BASEMAP: 'tianditu-vec' })).toMatchObject({
			variant: 'vec'
		});
	});

	it('falls back to the offline sketch without them', () => {
		expect(editorBasemap({})).toEqual({ kind: 'offline' });
		expect(editorBasemap({ PUBLIC_TIANDITU_KEY: 'k' })).toEqual({ kind: 'offline' });
	});
});

describe('editorStyle', () => {
	it('holds both Tianditu maps, the other one hidden, under the places', () => {
		const basemap = editorBasemap(keyed);
		const style = editorStyle(urls, empty, basemap);
		const ids = style.layers.map((l) => l.id);
		const alt = style.layers.find((l) => l.id === 'online-base-alt')!;
		expect(alt.layout).toEqual({ visibility: 'none' });
		expect(JSON.stringify(style.sources['online-base'])).toContain('img_w');
		expect(JSON.stringify(style.sources['online-base-alt'])).toContain('vec_w');
		expect(ids.indexOf('online-labels-alt')).toBeLessThan(ids.indexOf('place-point'));
		expect(viewsOf(basemap)).toEqual(['img', 'vec', 'sketch']);
		expect(viewLayers(basemap).vec).toEqual(['online-base-alt', 'online-labels-alt']);
	});

	it('is the plain sketch when offline, with only the sketch to show', () => {
		const style = editorStyle(urls, empty, { kind: 'offline' });
		expect(Object.keys(style.sources).some((s) => s.startsWith('online'))).toBe(false);
		expect(viewsOf({ kind: 'offline' })).toEqual(['sketch']);
	});
});

describe('imageryName', () => {
	it('names the basemap a surveyed position was placed on', () => {
		expect(imageryName('img')).toBe('天地图影像');
		expect(imageryName('vec')).toBe('天地图矢量');
		expect(imageryName('sketch')).toBe('离线示意图');
	});
});
