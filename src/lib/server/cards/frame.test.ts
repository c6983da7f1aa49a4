import { describe, expect, it } from 'vitest';
import { haversine } from '$lib/geo/distance';
import { places } from '$lib/places';
import type { Place } from '$lib/places/schema';
import {
	FILL,
	MIN_SPAN_M,
	frameBounds,
	metresPerPixel,
	placeFrame,
	placesFrame,
	project,
	type Panel
} from './frame';

const PANEL: Panel = { x: 580, y: 0, width: 620, height: 630 };
const place = (slug: string) => places.find((p) => p.id === slug)!;

/** True when [lon, lat] lands inside the panel, at least `inset` pixels from its edges. */
function inside(frame: ReturnType<typeof placeFrame>, c: number[], inset = 0): boolean {
	const [x, y] = project(frame!, c);
	return (
		x >= PANEL.x + inset &&
		x <= PANEL.x + PANEL.width - inset &&
		y >= PANEL.y + inset &&
		y <= PANEL.y + PANEL.height - inset
	);
}

describe('each card is framed on its own place', () => {
	it('puts a point at the centre of the map', () => {
		const plant = place('guoneng-jiujiang-power');
		const frame = placeFrame(plant, PANEL)!;
		const [x, y] = project(frame, plant.geometry!.coordinates as number[]);
		expect(x).toBeCloseTo(PANEL.x + PANEL.width / 2, 2);
		expect(y).toBeCloseTo(PANEL.y + PANEL.height / 2, 2);
	});

	it('shows at least a few kilometres round a point, so the river bank is in view', () => {
		const plant = place('guoneng-jiujiang-power');
		const frame = placeFrame(plant, PANEL)!;
		const [w, s, e, n] = frameBounds(frame);
		expect(haversine([w, s], [w, n])).toBeGreaterThanOrEqual(MIN_SPAN_M * 0.99);
		expect(haversine([w, s], [e, s])).toBeGreaterThanOrEqual(MIN_SPAN_M * 0.99);
		expect(haversine([w, s], [w, n])).toBeLessThan(MIN_SPAN_M * 1.1);
	});

	it('fits the whole uncertainty circle of a derived point, with room around it', () => {
		const wharf = structuredClone(place('guoneng-coal-wharf'));
		wharf.properties.position.radius_m = 3000;
		const frame = placeFrame(wharf, PANEL)!;
		const [lon, lat] = wharf.geometry!.coordinates as number[];
		const r = 3000 / metresPerPixel(frame, lat);
		expect(2 * r).toBeLessThanOrEqual(Math.min(PANEL.width, PANEL.height) * FILL + 1);
		const [x, y] = project(frame, [lon, lat]);
		expect(x - r).toBeGreaterThan(PANEL.x);
		expect(y + r).toBeLessThan(PANEL.y + PANEL.height);
	});

	it('fits a line by its extent with a margin on every side', () => {
		for (const slug of ['binjiang-road', 'yangtze-cultural-park']) {
			const line = place(slug);
			const frame = placeFrame(line, PANEL)!;
			for (const c of line.geometry!.coordinates as number[][]) {
				expect(inside(frame, c, 60), `${slug} ${c}`).toBe(true);
			}
		}
	});

	it('has no frame for a place with no geometry (no guessed pin)', () => {
		expect(placeFrame(place('caojiashan-phase-3'), PANEL)).toBeNull();
	});

	it('frames the story on every placed place', () => {
		const placed = places.filter((p): p is Place & { geometry: object } => p.geometry !== null);
		const frame = placesFrame(placed, PANEL)!;
		for (const p of placed) {
			const g = p.geometry as GeoJSON.Point | GeoJSON.LineString;
			const coords = g.type === 'Point' ? [g.coordinates] : g.coordinates;
			for (const c of coords) expect(inside(frame, c, 40), p.id).toBe(true);
		}
	});
});
