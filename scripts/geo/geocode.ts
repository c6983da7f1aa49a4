// Maintainer-side geocoder: asks Tianditu (天地图) for every place whose position is unknown or
// approximate and writes the answers, judged, to geo/review/geocode-candidates.json for a
// person to review. Nothing is written into geo/places.geojson (that is `npm run geo:accept`).
//
//   TIANDITU_KEY=… npm run geo:geocode [-- --only slug,slug] [--out file] [--delay-ms 500]
//
// The key comes from the environment only and is never written anywhere. TIANDITU_BASE_URL
// overrides the service address (tests point it at a loopback fake).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadValidationContext, PLACES_FILE } from '../../src/lib/server/geo-check';
import { geocodePlaces, REVIEW_FILE, writeReview } from '../../src/lib/server/geocode/review';
import { TiandituClient } from '../../src/lib/server/geocode/tianditu';
import { validatePlaces } from '../../src/lib/places/validate';

const key = process.env.TIANDITU_KEY?.trim();
if (!key) {
	console.error(
		'geo:geocode: TIANDITU_KEY is not set. Export your Tianditu server key (天地图 服务端 key) and run again; never commit it.'
	);
	process.exit(1);
}

const { values } = parseArgs({
	options: {
		only: { type: 'string' },
		out: { type: 'string', default: REVIEW_FILE },
		'delay-ms': { type: 'string', default: '500' }
	}
});

const ctx = loadValidationContext();
const { places, errors } = validatePlaces(
	PLACES_FILE,
	JSON.parse(readFileSync(PLACES_FILE, 'utf8')),
	ctx
);
if (errors.length > 0) {
	console.error(`geo:geocode: fix ${PLACES_FILE} first:\n  ${errors.join('\n  ')}`);
	process.exit(1);
}
const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
const chosen = only ? places.filter((p) => only.has(p.id)) : places;
if (only && chosen.length !== only.size) {
	const known = new Set(places.map((p) => p.id));
	console.error(
		`geo:geocode: unknown place(s): ${[...only].filter((s) => !known.has(s)).join(', ')}`
	);
	process.exit(1);
}

const client = new TiandituClient({ key, baseUrl: process.env.TIANDITU_BASE_URL || undefined });
const review = await geocodePlaces(chosen, client, {
	district: ctx.district,
	delayMs: Number(values['delay-ms']),
	log: (line) => console.log(line)
});
writeReview(values.out, review);

console.log(`\nWrote ${values.out}:`);
for (const place of review.places) {
	const kept = place.candidates.filter((c) => c.verdict === 'candidate');
	const failed = place.queries.filter((q) => q.outcome === 'error').length;
	console.log(
		`  ${place.slug}: ${kept.length} candidate(s), ${place.candidates.length - kept.length} rejected${failed ? `, ${failed} query error(s)` : ''}`
	);
	for (const c of kept) {
		console.log(
			`    #${c.number} ${c.result_name} [${c.coordinates.join(', ')}] via ${c.service} “${c.query}” (${c.level ?? 'no level'})`
		);
	}
}
console.log('\nReview them, then: npm run geo:accept -- <slug> <number>');
