import { describe, expect, it } from 'vitest';
import { haversine as distanceM } from '$lib/geo/distance';
import { fitBounds, MAX_ZOOM, mercatorX, mercatorY, zoomForDistance } from './camera';

const desktop = { width: 1280, height: 800 };

describe('fitBounds', () => {
	it('fits a box so both ends are inside the viewport, centred on it', () => {
		const cam = fitBounds([115.98, 29.73, 116.06, 29.745], desktop);
		const span = (mercatorX(116.06) - mercatorX(115.98)) * 2 ** cam.zoom;
		expect(span).toBeLessThanOrEqual(1280);
		expect(span).toBeGreaterThan(1280 * 0.5);
		expect(distanceM(cam.center, [116.02, 29.7375])).toBeLessThan(50);
	});

	it('keeps the requested share of the map free round the box', () => {
		const tight = fitBounds([115.98, 29.73, 116.06, 29.745], desktop, 0);
		const loose = fitBounds([115.98, 29.73, 116.06, 29.745], desktop, 0.25);
		expect(tight.zoom - loose.zoom).toBeCloseTo(1, 6);
	});

	it('uses the smaller free area when padding covers part of the map', () => {
		const box: [number, number, number, number] = [115.95, 29.7, 116.08, 29.76];
		const open = fitBounds(box, desktop);
		const covered = fitBounds(box, {
			...desktop,
			padding: { top: 0, right: 0, bottom: 0, left: 640 }
		});
		expect(covered.zoom).toBeLessThan(open.zoom);
	});

	it('never zooms beyond the maximum for a tiny area', () => {
		expect(fitBounds([116.0, 29.74, 116.00001, 29.74001], desktop).zoom).toBe(MAX_ZOOM);
	});
});

describe('projection helpers', () => {
	it('puts the equator in the middle of the Mercator world', () => {
		expect(mercatorY(0)).toBeCloseTo(256, 9);
	});

	it('gives one more zoom level for half the distance', () => {
		expect(zoomForDistance(500, 400, 30) - zoomForDistance(1000, 400, 30)).toBeCloseTo(1, 9);
	});
});
