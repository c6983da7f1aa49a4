import { describe, expect, it } from 'vitest';

// Every MapLibre method this site calls (src/lib/map, MapView.svelte and the browser tests).
// An upgrade that renames or drops one fails here, before any page breaks.
const MAP_METHODS = [
	'addControl',
	'flyTo',
	'getCanvas',
	'getCenter',
	'getFeatureState',
	'getLayoutProperty',
	'jumpTo',
	'loaded',
	'off',
	'on',
	'once',
	'queryRenderedFeatures',
	'remove',
	'setFeatureState',
	'setLayoutProperty',
	'setStyle',
	'stop'
];

describe('the installed maplibre-gl', () => {
	it('still has every Map method we call', async () => {
		const maplibre = await import('maplibre-gl');
		const missing = MAP_METHODS.filter(
			(name) =>
				typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[name] !== 'function'
		);
		expect(missing).toEqual([]);
	});

	it('still has the controls we add', async () => {
		const maplibre = await import('maplibre-gl');
		expect(typeof maplibre.NavigationControl).toBe('function');
		expect(typeof maplibre.ScaleControl).toBe('function');
	});
});
