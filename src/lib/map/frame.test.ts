import { describe, expect, it } from 'vitest';
import { haversine as distanceM } from '$lib/geo/distance';
import type { Place } from '$lib/places/schema';
import { mercatorX } from './camera';
import {
	boxAround,
	frameCamera,
	frameOf,
	placeBox,
	POINT_HALF_EXTENT_M,
	sameFrame,
	widen
} from './frame';

function place(
	geometry: Place['geometry'],
	accuracy: Place['properties']['position']['accuracy'] = 'sourced',
	radius: number | null = 100
): Place {
	return {
		type: 'Feature',
		id: 'p',
		geometry,
		properties: { position: { accuracy, radius_m: radius } }
	} as unknown as Place;
}

const at: [number, number] = [116.03, 29.745];
const phone = { width: 390, height: 354 };
const projector = { width: 1920, height: 1080 };
/** Metres on the ground per screen pixel at zoom z, latitude 29.7. */
const mpp = (z: number) => (40075016.686 * Math.cos((29.7 * Math.PI) / 180)) / (512 * 2 ** z);

describe('the ground a place occupies', () => {
	it('is a few streets round a sourced point', () => {
		const box = placeBox(place({ type: 'Point', coordinates: at }))!;
		expect(distanceM([box[0], at[1]], at)).toBeCloseTo(POINT_HALF_EXTENT_M, -1);
	});

	it('grows to the uncertainty radius of a derived point', () => {
		const box = placeBox(place({ type: 'Point', coordinates: at }, 'derived', 1500))!;
		expect(distanceM([box[0], at[1]], at)).toBeCloseTo(1500, -1);
		expect(distanceM([at[0], box[3]], at)).toBeCloseTo(1500, -1);
	});

	it('widens an approximate line by its radius, but not a sourced one', () => {
		const line = {
			type: 'LineString',
			coordinates: [
				[116.0, 29.74],
				[116.05, 29.75]
			]
		} as unknown as Place['geometry'];
		const sure = placeBox(place(line, 'sourced', 400))!;
		const rough = placeBox(place(line, 'approximate', 400))!;
		expect(sure).toEqual([116.0, 29.74, 116.05, 29.75]);
		expect(distanceM([rough[0], 29.745], [116.0, 29.745])).toBeCloseTo(400, -1);
	});

	it('is null without a position', () => {
		expect(placeBox(place(null, 'unknown', null))).toBeNull();
	});
});

describe('framing a view on a real map', () => {
	const frame = frameOf([place({ type: 'Point', coordinates: at }, 'derived', 600)], 13.5)!;

	it('never zooms the offline sketch past its honest resolution', () => {
		for (const viewport of [phone, projector]) {
			expect(frameCamera(frame, viewport).zoom).toBeLessThanOrEqual(13.5);
		}
		expect(frameCamera({ ...frame, maxZoom: 18 }, projector).zoom).toBeGreaterThan(13.5);
	});

	it('keeps the whole uncertainty circle on a phone-sized map', () => {
		const cam = frameCamera({ ...frame, maxZoom: 18 }, phone);
		expect(1200 / mpp(cam.zoom)).toBeLessThanOrEqual(phone.height);
		expect(distanceM(cam.center, at)).toBeLessThan(1);
	});

	it('fits a long line inside a phone-sized map (the real size, not a fixed one)', () => {
		const long = frameOf(
			[
				place(
					{
						type: 'LineString',
						coordinates: [
							[115.95, 29.74],
							[116.1, 29.73]
						]
					} as unknown as Place['geometry'],
					'sourced'
				)
			],
			18
		)!;
		const cam = frameCamera(long, phone);
		const span = (mercatorX(116.1) - mercatorX(115.95)) * 2 ** cam.zoom;
		expect(span).toBeLessThanOrEqual(phone.width);
	});

	it('compares frames by value', () => {
		expect(sameFrame(frame, { ...frame, box: [...frame.box] })).toBe(true);
		expect(sameFrame(frame, { ...frame, maxZoom: 18 })).toBe(false);
	});
});

describe('box helpers', () => {
	it('widen and boxAround agree on metres', () => {
		const box = widen([116, 29.7, 116, 29.7], 1000);
		const around = boxAround([116, 29.7], 1000);
		box.forEach((v, i) => expect(v).toBeCloseTo(around[i], 6));
	});
});
