import { describe, expect, it } from 'vitest';
import { roundBox } from './view';

describe('roundBox', () => {
	it('rounds to 5 decimals outwards, so the stored box holds all that was shown', () => {
		expect(roundBox([116.012345678, 29.733333333, 116.040844444, 29.757222222])).toEqual([
			116.01234, 29.73333, 116.04085, 29.75723
		]);
	});

	it('leaves a box already on the 5-decimal grid exactly as it is (no drift on re-save)', () => {
		const box: [number, number, number, number] = [116.12345, 29.7, 116.2, 29.80001];
		expect(roundBox(box)).toEqual(box);
		expect(roundBox(roundBox(box))).toEqual(box);
	});

	it('writes no binary noise', () => {
		for (const v of roundBox([115.91, 29.61, 116.13, 29.78])) {
			expect(String(v).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(5);
		}
	});
});
