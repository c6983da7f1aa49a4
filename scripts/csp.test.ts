import { describe, expect, it } from 'vitest';
import { basemapHosts, cspDirectives } from '../csp.config.js';

describe('the Content-Security-Policy', () => {
	it('allows only our own origin by default, and blob: workers for the map', () => {
		const csp = cspDirectives({});
		expect(csp['default-src']).toEqual(['self']);
		expect(csp['script-src']).toEqual(['self']);
		expect(csp['connect-src']).toEqual(['self']);
		expect(csp['worker-src']).toContain('blob:');
		expect(csp['object-src']).toEqual(['none']);
	});

	it('adds the Tianditu tile hosts only when Tianditu is configured', () => {
		expect(basemapHosts({ PUBLIC_BASEMAP: 'tianditu-img' })).toEqual(['https://*.tianditu.gov.cn']);
		expect(cspDirectives({ PUBLIC_BASEMAP: 'tianditu-vec' })['img-src']).toContain(
			'https://*.tianditu.gov.cn'
		);
	});

	it('adds a style URL’s origin and listed extra hosts, and nothing malformed', () => {
		expect(
			basemapHosts({
				PUBLIC_BASEMAP: 'https://tiles.example.cn/style.json',
				PUBLIC_CSP_HOSTS: 'https://glyphs.example.cn javascript:alert(1) http://plain.example.cn'
			})
		).toEqual(['https://tiles.example.cn', 'https://glyphs.example.cn']);
	});
});
