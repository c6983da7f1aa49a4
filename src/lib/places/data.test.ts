import { describe, expect, it } from 'vitest';
import { zoomForDistance } from '$lib/map/camera';
import { getPlace, radiusAtZoom0 } from './data';

describe('radiusAtZoom0', () => {
	it('gives a derived point a circle that is radius_m wide on the ground at any zoom', () => {
		const wharf = getPlace('guoneng-coal-wharf')!;
		const { radius_z0 } = radiusAtZoom0(wharf);
		const lat = (wharf.geometry as GeoJSON.Point).coordinates[1];
		// At the zoom where 600 m spans 100 px, the circle's radius is 100 px.
		const zoom = zoomForDistance(wharf.properties.position.radius_m!, 100, lat);
		expect(radius_z0! * 2 ** zoom).toBeCloseTo(100, 6);
	});

	it('draws no circle for a point whose coordinates a source states', () => {
		expect(radiusAtZoom0(getPlace('guoneng-jiujiang-power')!)).toEqual({});
	});

	it('draws no circle for a place without a position', () => {
		expect(radiusAtZoom0(getPlace('caojiashan-phase-3')!)).toEqual({});
	});
});
