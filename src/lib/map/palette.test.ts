import { describe, expect, it } from 'vitest';
import { buildStyle } from './style';
import { categoryColours, palette } from './palette';
import { CATEGORIES } from '$lib/places/labels';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** Every literal colour an expression can produce. */
function colours(value: unknown): string[] {
	if (typeof value === 'string') return /^#[0-9a-f]{6}$/i.test(value) ? [value] : [];
	return Array.isArray(value) ? value.flatMap(colours) : [];
}

const urls = { water: 'w', district: 'd', neighbours: 'n', labels: 'l' };

describe('map labels are readable', () => {
	const labels = buildStyle(urls, 'p').layers.filter((l) => l.type === 'symbol');

	it('every label has a solid halo of at least 1.5 px', () => {
		for (const layer of labels) {
			const paint = (layer as { paint: Record<string, unknown> }).paint;
			expect(paint['text-halo-color'], layer.id).toBe(palette.halo);
			expect(paint['text-halo-width'], layer.id).toBeGreaterThanOrEqual(1.5);
			expect(paint['text-opacity'], `${layer.id} fades its text`).toBeUndefined();
		}
	});

	it('every colour a label can take reaches 4.5:1 against its halo', () => {
		for (const layer of labels) {
			const paint = (layer as { paint: Record<string, unknown> }).paint;
			const found = colours(paint['text-color']);
			expect(found.length, layer.id).toBeGreaterThan(0);
			for (const colour of found) {
				expect(contrast(colour, palette.halo), `${layer.id} ${colour}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	});

	it('labels are drawn after every shape, so no line can strike through one', () => {
		const layers = buildStyle(urls, 'p').layers;
		const lastShape = Math.max(...layers.map((l, i) => (l.type === 'symbol' ? -1 : i)));
		const firstLabel = layers.findIndex((l) => l.type === 'symbol');
		expect(firstLabel).toBeGreaterThan(lastShape);
	});

	it('lines are named once, at their middle, turned along the line', () => {
		for (const id of ['place-line-label', 'place-line-label-lit']) {
			const line = labels.find((l) => l.id === id) as {
				layout: Record<string, unknown>;
				filter: unknown;
			};
			// One point per line (not MapLibre's per-tile line placement).
			expect(JSON.stringify(line.filter), id).toContain('label_point');
			expect(line.layout['symbol-placement'] ?? 'point', id).toBe('point');
			expect(line.layout['text-rotate'], id).toEqual(['get', 'label_angle']);
			expect(line.layout['text-rotation-alignment'], id).toBe('map');
		}
	});
});

describe('category colours', () => {
	it('every category has a colour that stands out 3:1 from the land and the river', () => {
		expect(Object.keys(categoryColours).sort()).toEqual(Object.keys(CATEGORIES).sort());
		for (const [category, colour] of Object.entries(categoryColours)) {
			expect(contrast(colour, palette.land), `${category} on land`).toBeGreaterThanOrEqual(3);
			expect(contrast(colour, palette.water), `${category} on water`).toBeGreaterThanOrEqual(3);
		}
	});
});
