import { describe, expect, it } from 'vitest';
import { haversine } from '$lib/geo/distance';
import { getPlace, places } from '$lib/places';
import { NEARBY_METRES, placeDetail } from './place-detail';

describe('placeDetail', () => {
	it('lists the placed places within 1 km, nearest first, as the crow flies between points', () => {
		const tower = getPlace('suojiang-tower')!;
		const detail = placeDetail('suojiang-tower');
		const here = tower.geometry!.coordinates as [number, number];
		// Every other placed point, measured here independently.
		const points = places.filter((p) => p.id !== tower.id && p.geometry?.type === 'Point');
		for (const other of points) {
			const metres = haversine(here, other.geometry!.coordinates as [number, number]);
			const listed = detail.nearby.find((n) => n.slug === other.id);
			if (metres <= NEARBY_METRES - 1) expect(listed?.metres, other.id).toBeCloseTo(metres, -1);
			if (metres > NEARBY_METRES + 1) expect(listed, other.id).toBeUndefined();
		}
		const metres = detail.nearby.map((n) => n.metres);
		expect(metres).toEqual([...metres].sort((a, b) => a - b));
		expect(detail.nearby.length).toBeGreaterThan(0);
	});

	it('a place not on the map has no neighbours and says why, with its words-location', () => {
		const detail = placeDetail('gantang-lake');
		expect(detail.nearby).toEqual([]);
		expect(detail.position.accuracy).toBe('unknown');
		expect(detail.position.note).toContain('尚未标在图上');
		expect(detail.position.description?.sources[0].url).toMatch(/^https?:\/\//);
	});

	it('quotes the report’s sentences that name the place and points to its story step', () => {
		const detail = placeDetail('guoneng-coal-wharf');
		expect(detail.step?.id).toBe('coal-wharf');
		const words = detail.quotes.flatMap((q) => q.sentences).join('');
		expect(words).toContain('国能九江发电煤码头');
		for (const q of detail.quotes) expect(q.id).toMatch(/^(p|g)-/);
	});
});
