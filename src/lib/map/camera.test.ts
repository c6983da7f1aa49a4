import { describe, expect, it } from 'vitest';
import { haversine as distanceM } from '$lib/geo/distance';
import { cameraFor, fitBounds, MAX_ZOOM, mercatorY, POINT_ZOOM, zoomForDistance } from './camera';

const desktop = { width: 1280, height: 800 };

describe('cameraFor', () => {
	it('centres a point exactly on the point at street zoom', () => {
		const cam = cameraFor({ type: 'Point', coordinates: [116.034508, 29.740359] }, desktop);
		expect(cam.center).toEqual([116.034508, 29.740359]);
		expect(cam.zoom).toBe(POINT_ZOOM);
	});

	it('zooms out for a point with a large uncertainty radius so the circle stays on screen', () => {
		const cam = cameraFor({ type: 'Point', coordinates: [116.0, 29.74] }, desktop, {
			radiusM: 1500
		});
		expect(cam.zoom).toBeLessThan(POINT_ZOOM);
		// 3 km across must fit into 70 % of the 800 px height at that zoom.
		const metresPerPixel =
			(40075016.686 * Math.cos((29.74 * Math.PI) / 180)) / (512 * 2 ** cam.zoom);
		expect(3000 / metresPerPixel).toBeLessThanOrEqual(800 * 0.7 + 1e-6);
	});

	it('fits a line so both ends are inside the viewport', () => {
		const line: GeoJSON.LineString = {
			type: 'LineString',
			coordinates: [
				[115.98, 29.73],
				[116.06, 29.745]
			]
		};
		const cam = cameraFor(line, desktop);
		const scale = 2 ** cam.zoom;
		const toPx = (lon: number) => ((lon + 180) / 360) * 512 * scale;
		const span = toPx(116.06) - toPx(115.98);
		expect(span).toBeLessThanOrEqual(1280);
		expect(span).toBeGreaterThan(1280 * 0.5);
		expect(distanceM(cam.center, [116.02, 29.7375])).toBeLessThan(50);
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
		const tiny: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[116.0, 29.74],
					[116.00001, 29.74],
					[116.00001, 29.74001],
					[116.0, 29.74]
				]
			]
		};
		expect(cameraFor(tiny, desktop).zoom).toBe(MAX_ZOOM);
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
