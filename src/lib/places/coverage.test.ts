import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary, paragraphs } from '$lib/content/report';
import { findFigures, findMentions } from './mentions';
import { ALIAS_PATTERN, type Place } from './schema';

/**
 * geo/coverage.json classifies every paragraph and glossary entry of the report: the slugs of
 * the places it mentions, or "no place". These tests tie it to the report's text and to the
 * places data, so a mention nobody mapped, or a place nobody cited, fails.
 */
const coverage = JSON.parse(readFileSync('geo/coverage.json', 'utf8')) as Record<
	string,
	string[] | 'no place'
>;
const places = (JSON.parse(readFileSync('geo/places.geojson', 'utf8')) as { features: Place[] })
	.features;
const bySlug = new Map(places.map((p) => [p.id, p]));
const texts = new Map<string, string>([
	...paragraphs.map((p): [string, string] => [p.id, p.text]),
	...glossary.map((g): [string, string] => [g.id, g.definition])
]);
const listed = (id: string) => (coverage[id] === 'no place' ? [] : (coverage[id] ?? []));

describe('geo/coverage.json', () => {
	it('classifies every paragraph and glossary entry, and nothing else', () => {
		expect(Object.keys(coverage).sort()).toEqual([...texts.keys()].sort());
		for (const [id, value] of Object.entries(coverage)) {
			const ok = value === 'no place' || (Array.isArray(value) && value.length > 0);
			expect(ok, `${id}: expected "no place" or a non-empty list of slugs`).toBe(true);
		}
	});

	it('lists only places that exist in geo/places.geojson', () => {
		const unknown = Object.entries(coverage).flatMap(([id, value]) =>
			value === 'no place' ? [] : value.filter((s) => !bySlug.has(s)).map((s) => `${id}: ${s}`)
		);
		expect(unknown).toEqual([]);
	});

	it('agrees with every place’s report_refs, both ways', () => {
		for (const place of places) {
			const fromTable = [...texts.keys()].filter((id) => listed(id).includes(place.id));
			expect(place.properties.report_refs, place.id).toEqual(fromTable);
		}
	});

	it('maps each paragraph to every place whose name or alias it contains', () => {
		const missed: string[] = [];
		for (const [id, text] of texts) {
			for (const mention of findMentions(text, places)) {
				for (const slug of mention.slugs) {
					if (!listed(id).includes(slug)) {
						missed.push(`${id}: “${text.slice(mention.start, mention.end)}” → ${slug}`);
					}
				}
			}
		}
		expect(missed).toEqual([]);
	});

	it('lists a place for a paragraph only where the paragraph writes one of its aliases', () => {
		const unfounded = Object.entries(coverage).flatMap(([id, value]) =>
			value === 'no place'
				? []
				: value
						.filter(
							(s) => !bySlug.get(s)?.properties.aliases.some((a) => texts.get(id)!.includes(a))
						)
						.map((s) => `${id}: ${s}`)
		);
		expect(unfounded).toEqual([]);
	});

	it('catches a mention that is missing from the table', () => {
		const [id] = Object.entries(coverage).find(([, v]) => v !== 'no place')!;
		const dropped = listed(id).slice(1);
		const text = texts.get(id)!;
		const stillFound = findMentions(text, places).flatMap((m) => m.slugs);
		expect(stillFound.some((slug) => !dropped.includes(slug))).toBe(true);
	});
});

describe('every place is tied to the report', () => {
	it('has at least one paragraph, unless it is a pure map reference (landmark)', () => {
		const orphans = places
			.filter((p) => p.properties.report_refs.length === 0)
			.filter((p) => p.properties.status !== 'landmark' || p.properties.category !== 'landmark')
			.map((p) => p.id);
		expect(orphans).toEqual([]);
	});

	it('has aliases exactly as the report writes them, each found in one of its paragraphs', () => {
		const stray = places.flatMap((p) =>
			p.properties.aliases
				.filter(
					(a) =>
						!ALIAS_PATTERN.test(a) ||
						(p.properties.report_refs.length > 0 &&
							!p.properties.report_refs.some((id) => texts.get(id)?.includes(a)))
				)
				.map((a) => `${p.id}: ${a}`)
		);
		expect(stray).toEqual([]);
	});

	it('has every figure of a paragraph where the page can mark it', () => {
		const lost = places.flatMap((p) =>
			p.properties.figures
				.filter((f) => f.paragraph !== null)
				.filter(
					(f) =>
						!findFigures(f.paragraph!, texts.get(f.paragraph!) ?? '', [p]).some(
							(m) => m.figure === f.label
						)
				)
				.map((f) => `${p.id}: ${f.label} in ${f.paragraph}`)
		);
		expect(lost).toEqual([]);
	});
});
