// Writes one reviewed geocoding candidate into geo/places.geojson as a `geocoded` position,
// after the same validation the build runs. See src/lib/server/geocode/accept.ts.
//
//   npm run geo:accept -- <slug> <candidate-number> [--radius 500]
//       [--confirm-overwrite-sourced] [--confirm-overwrite-surveyed] [--review file] [--places file]
import { parseArgs } from 'node:util';
import { acceptCandidate } from '../../src/lib/server/geocode/accept';

const usage =
	'usage: npm run geo:accept -- <slug> <candidate-number> [--radius metres] [--confirm-overwrite-sourced] [--confirm-overwrite-surveyed]';

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			radius: { type: 'string' },
			review: { type: 'string' },
			places: { type: 'string' },
			'confirm-overwrite-sourced': { type: 'boolean', default: false },
			'confirm-overwrite-surveyed': { type: 'boolean', default: false }
		}
	});
} catch (error) {
	console.error(`geo:accept: ${(error as Error).message}\n${usage}`);
	process.exit(2);
}
const { values, positionals } = parsed;
const [slug, numberText] = positionals;
const number = Number(numberText);
const radius = values.radius === undefined ? undefined : Number(values.radius);
if (!slug || !Number.isInteger(number) || number < 1 || (radius !== undefined && !(radius > 0))) {
	console.error(usage);
	process.exit(2);
}

const result = acceptCandidate({
	slug,
	number,
	radiusM: radius,
	reviewFile: values.review,
	placesFile: values.places,
	confirmOverwriteSourced: values['confirm-overwrite-sourced'],
	confirmOverwriteSurveyed: values['confirm-overwrite-surveyed']
});
if (!result.written) {
	console.error(`geo:accept: nothing written:\n  ${result.problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`Wrote ${result.file}:\n${result.changes.join('\n')}`);
