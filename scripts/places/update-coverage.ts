// Rebuilds geo/coverage.json from the report's text and the places' aliases, and writes each
// place's report_refs from it. A paragraph lists every place it names (the longest alias wins
// at each position, as on the report page); a place already listed whose alias only occurs
// inside a longer name (九江石化 in 九江石化芳烃项目) is kept, since someone chose it. Run with
// `npm run geo:coverage` after adding a place or an alias; the coverage tests check the result.
import { readFileSync, writeFileSync } from 'node:fs';
import { findMentions, type MentionTarget } from '../../src/lib/places/mentions';

const PLACES = 'geo/places.geojson';
const COVERAGE = 'geo/coverage.json';
type Feature = MentionTarget & { properties: { report_refs: string[] } };

const report = JSON.parse(readFileSync('src/lib/content/generated/report.json', 'utf8')) as {
	paragraphs: { id: string; text: string }[];
	glossary: { id: string; definition: string }[];
};
const places = JSON.parse(readFileSync(PLACES, 'utf8')) as { features: Feature[] };
const previous: Record<string, string[] | 'no place'> = (() => {
	try {
		return JSON.parse(readFileSync(COVERAGE, 'utf8'));
	} catch {
		return {};
	}
})();
const bySlug = new Map(places.features.map((f) => [f.id, f]));
const texts: [string, string][] = [
	...report.paragraphs.map((p): [string, string] => [p.id, p.text]),
	...report.glossary.map((g): [string, string] => [g.id, g.definition])
];

const coverage: Record<string, string[] | 'no place'> = {};
for (const [id, text] of texts) {
	const slugs = [...new Set(findMentions(text, places.features).flatMap((m) => m.slugs))];
	const kept = previous[id] === 'no place' ? [] : (previous[id] ?? []);
	for (const slug of kept) {
		const aliases = bySlug.get(slug)?.properties.aliases ?? [];
		if (!slugs.includes(slug) && aliases.some((a) => text.includes(a))) slugs.push(slug);
	}
	coverage[id] = slugs.length > 0 ? slugs : 'no place';
}
for (const place of places.features) {
	place.properties.report_refs = texts
		.map(([id]) => id)
		.filter((id) => coverage[id] !== 'no place' && coverage[id].includes(place.id));
}
writeFileSync(COVERAGE, JSON.stringify(coverage, null, 2) + '\n');
writeFileSync(PLACES, JSON.stringify(places, null, 2) + '\n');
const listed = Object.values(coverage).filter((v) => v !== 'no place').length;
console.log(`${COVERAGE}: ${listed} of ${texts.length} paragraphs name a place`);
