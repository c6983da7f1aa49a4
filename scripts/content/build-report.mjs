// Rebuilds src/lib/content/generated/report.json from the raw report text.
// Usage: node scripts/content/build-report.mjs [--check]
// --check writes nothing and exits 1 if the committed file is out of date.
//
// The pipeline is TypeScript (src/lib/content/pipeline.ts) and Node 20 cannot strip types, so it
// is loaded through Vite's module runner, without the project's Vite config or plugins.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rawPath = resolve(root, 'src/lib/content/source/xunyang-2024-work-report.raw.txt');
const outPath = resolve(root, 'src/lib/content/generated/report.json');

/** @type {{ module: typeof import('../../src/lib/content/pipeline') }} */
const { module: pipeline } = await runnerImport(resolve(root, 'src/lib/content/pipeline.ts'), {
	root,
	configFile: false,
	logLevel: 'error'
});

const raw = await readFile(rawPath, 'utf8');
const report = pipeline.buildReport(raw);
const json = pipeline.serializeReport(report);

const summary =
	`${report.paragraphs.length} paragraphs, ${report.sections.length} sections, ` +
	`${report.targets.length} targets, ${report.glossary.length} glossary entries`;

if (process.argv.includes('--check')) {
	const current = await readFile(outPath, 'utf8').catch(() => '');
	if (current !== json) {
		console.error(`${outPath} is out of date: run node scripts/content/build-report.mjs`);
		process.exit(1);
	}
	console.log(`report.json is up to date (${summary})`);
} else {
	await mkdir(dirname(outPath), { recursive: true });
	await writeFile(outPath, json);
	console.log(`wrote ${outPath} (${summary})`);
}
