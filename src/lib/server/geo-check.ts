import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import {
	missingSlugs,
	validatePlaces,
	type ValidationContext,
	type ValidationResult
} from '../places/validate';
import { checkStoryFile, STEPS_FILE } from './story-check';

export const PLACES_FILE = 'geo/places.geojson';
const DISTRICT_FILE = 'geo/basemap/district.geojson';
const REPORT_FILE = 'src/lib/content/generated/report.json';

function readJson(file: string): unknown {
	const text = readFileSync(file, 'utf8');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
	}
}

/** Everything the place checks compare against, read from the repository's files. */
export function loadValidationContext(): ValidationContext {
	const paragraphs = new Map<string, string>();
	if (existsSync(REPORT_FILE)) {
		const report = readJson(REPORT_FILE) as {
			paragraphs: { id: string; text: string }[];
			glossary?: { id: string; definition: string }[];
		};
		for (const p of report.paragraphs) paragraphs.set(p.id, p.text);
		// Glossary entries have ids too, and some name places (两湖: 甘棠湖、南门湖).
		for (const g of report.glossary ?? []) paragraphs.set(g.id, g.definition);
	}
	const district = readJson(DISTRICT_FILE) as { features?: unknown[] } & GeoJSON.Feature;
	const outline = (district.features?.[0] ?? district) as ValidationContext['district'];
	return { paragraphs, district: outline };
}

/**
 * Every problem of a places file's contents, exactly as the build sees them: the file's own
 * rules (`validatePlaces`) and every place the story uses still defined. Used by the build
 * (`checkPlacesFile`) and by everything that writes the file (geo:accept, the location editor).
 */
export function placesProblems(
	file: string,
	json: unknown,
	ctx: ValidationContext = loadValidationContext(),
	stepsFile = STEPS_FILE
): ValidationResult {
	const { places, errors } = validatePlaces(file, json, ctx);
	const story = readJson(stepsFile) as {
		steps?: { places?: string[]; figures?: { place: string }[] }[];
	};
	const used = (story.steps ?? []).flatMap((s) => [
		...(s.places ?? []),
		...(s.figures ?? []).map((f) => f.place)
	]);
	for (const slug of missingSlugs(places, used)) {
		errors.push(`${stepsFile}: uses place "${slug}", which ${file} does not define`);
	}
	return { places, errors };
}

/** Validates geo/places.geojson; throws one error listing every problem, each with file, feature and field. */
export function checkPlacesFile(file = PLACES_FILE, stepsFile = STEPS_FILE): void {
	const { errors } = placesProblems(file, readJson(file), loadValidationContext(), stepsFile);
	if (errors.length > 0) {
		throw new Error(`${errors.length} problem(s) in the places data:\n  ${errors.join('\n  ')}`);
	}
}

/** Checks the story file against the report and the places (see story-check.ts). */
export function checkStory(file = STEPS_FILE, placesFile = PLACES_FILE): void {
	const { paragraphs } = loadValidationContext();
	const { features } = readJson(placesFile) as { features: { id: string }[] };
	checkStoryFile({ paragraphs, places: new Set(features.map((f) => f.id)) }, file);
}

/**
 * Vite plugin: a broken places or story file stops `vite build` and `vite dev` with a clear
 * message naming the file, the feature or step, and the field.
 */
export function geoCheck(): Plugin {
	return {
		name: 'xunyang-geo-check',
		buildStart() {
			checkPlacesFile();
			checkStory();
		}
	};
}
