import { describe, expect, it } from 'vitest';
import { basemapFromEnv, tiandituTiles } from './basemap';

describe('basemapFromEnv', () => {
	it('defaults to the offline sketch when nothing is configured', () => {
		expect(basemapFromEnv({})).toEqual({ kind: 'offline' });
	});

	it('refuses Tianditu without its review number, falling back to offline', () => {
		expect(basemapFromEnv({ PUBLIC_BASEMAP: 'tianditu-img', PUBLIC_TIANDITU_KEY: 'k' })).toEqual({
			kind: 'offline'
		});
	});

	it('takes Tianditu imagery with key and review number', () => {
		expect(
			basemapFromEnv({
				PUBLIC_BASEMAP: 'tianditu-img',
				PUBLIC_TIANDITU_KEY: 'abc',
				PUBLIC_TIANDITU_REVIEW_NUMBER: 'GS(0000)0000号'
			})
		).toEqual({ kind: 'tianditu', variant: 'img', key: 'abc', reviewNumber: 'GS(0000)0000号' });
	});

	it('takes an https style URL and ignores anything else', () => {
		expect(basemapFromEnv({ PUBLIC_BASEMAP: 'https://example.org/style.json' })).toEqual({
			kind: 'style',
			url: 'https://example.org/style.json'
		});
		expect(basemapFromEnv({ PUBLIC_BASEMAP: 'javascript:alert(1)' })).toEqual({ kind: 'offline' });
	});
});

describe('tiandituTiles', () => {
	it('lists the eight subdomains explicitly with the key encoded', () => {
		const tiles = tiandituTiles('cva', 'a&b');
		expect(tiles).toHaveLength(8);
		expect(tiles[0]).toContain('https://t0.tianditu.gov.cn/cva_w/wmts?');
		expect(tiles[7]).toContain('https://t7.tianditu.gov.cn/');
		expect(tiles[3]).toContain('LAYER=cva');
		expect(tiles[3]).toContain('tk=a%26b');
		expect(tiles[3]).toContain('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}');
	});
});
