// Recomputes every derived position in geo/places.geojson from geo/derivations.json and the
// river outline, and writes the file back. Run with `npm run geo:derive`.
import { readFileSync, writeFileSync } from 'node:fs';
import { applyRule, type Rule } from '../../src/lib/places/derive';
import { drawnRiver } from '../../src/lib/server/basemap-display';

const PLACES = 'geo/places.geojson';
const places = JSON.parse(readFileSync(PLACES, 'utf8'));
const { rules } = JSON.parse(readFileSync('geo/derivations.json', 'utf8')) as { rules: Rule[] };
// The bank as the maps draw it (water.geojson smoothed for display), so derived places sit on
// the bank a reader sees.
const river = drawnRiver();

type Feature = { id: string; geometry: GeoJSON.Geometry | null };
const byId = new Map<string, Feature>(places.features.map((f: Feature) => [f.id, f]));

function sourcedPoint(slug: string): [number, number] {
	const feature = byId.get(slug);
	if (!feature || feature.geometry?.type !== 'Point') {
		throw new Error(`${PLACES}: rule input "${slug}" has no point geometry`);
	}
	return feature.geometry.coordinates as [number, number];
}

// Rules run in file order, so a rule may start from a position an earlier rule derived.
for (const rule of rules) {
	const feature = byId.get(rule.slug);
	if (!feature) throw new Error(`geo/derivations.json: no place "${rule.slug}" in ${PLACES}`);
	feature.geometry = applyRule(rule, river, sourcedPoint);
	console.log(`${rule.slug}: ${rule.rule} → ${JSON.stringify(feature.geometry).slice(0, 80)}…`);
}
writeFileSync(PLACES, JSON.stringify(places, null, 2) + '\n');
