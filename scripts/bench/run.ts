// `npm run bench`: builds and serves the site, runs Lighthouse on each page (interleaved runs,
// medians, ratios to the floor page), measures bytes and story timings in Chromium, prints a
// table with budget verdicts and writes bench/results.json. See README, "Speed and quality
// budgets".
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import * as prettier from 'prettier';
import { findChromium } from '../../tests/e2e/chromium';
import {
	FLOOR_PAGE,
	interleave,
	lighthousePages,
	parseBenchArgs,
	USAGE,
	type BenchOptions
} from './args';
import { evaluateBudgets, exitCode } from './budgets';
import { findMapAssets, measureBytes, type MapAssets } from './bytes';
import { runLighthouse, type LhRun } from './lighthouse';
import { serve } from './server';
import { summarizePage, summarizeStory, type PageSummary, type TimingSummary } from './summary';
import { renderMarkdown, renderReport } from './table';
import { measureStory, type StoryRun } from './timings';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results.json');
const MARKDOWN = join(ROOT, 'bench', 'results.md');
const REPORTS = join(ROOT, 'test-results', 'bench');
/** Chromium flags for the Playwright measurements (WebGL through SwiftShader, no network). */
const PLAYWRIGHT_ARGS = [
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-quic'
];

function options(): BenchOptions {
	try {
		return parseBenchArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
		process.exit(2);
	}
}

function build(): void {
	const started = Date.now();
	process.stdout.write('Building the site (npm run build)… ');
	const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		console.log('failed.');
		console.error(result.stdout, result.stderr);
		process.exit(1);
	}
	console.log(`done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

function git(command: string): string | null {
	try {
		return execSync(`git ${command}`, { cwd: ROOT, encoding: 'utf8' }).trim();
	} catch {
		return null;
	}
}

const slug = (page: string) =>
	page === '/' ? 'home' : page.replace(/^\/|\/$/g, '').replace(/\//g, '-');

async function lighthouse(pages: string[], runs: number, chromePath: string, origin: string) {
	mkdirSync(REPORTS, { recursive: true });
	const results = new Map<string, LhRun[]>(pages.map((p) => [p, []]));
	const order = interleave(pages, runs);
	for (const [i, { page, run }] of order.entries()) {
		const started = Date.now();
		const result = await runLighthouse(
			origin + page,
			chromePath,
			join(REPORTS, `lighthouse-${slug(page)}-run${run + 1}.json`)
		);
		results.get(page)!.push(result);
		const m = result.metrics;
		const took = `${Math.round((Date.now() - started) / 1000)} s`;
		console.log(
			`  [${i + 1}/${order.length}] run ${run + 1} ${page}: ` +
				(m
					? `LCP ${Math.round(m.lcp ?? NaN)} ms · TBT ${Math.round(m.tbt ?? NaN)} ms · Perf ${m.performance} · CPU index ${Math.round(result.benchmarkIndex ?? NaN)} (${took})`
					: `failed: ${result.error} (${took})`)
		);
	}
	return results;
}

async function main() {
	const opts = options();
	if (opts.help) {
		console.log(USAGE);
		return;
	}
	process.chdir(ROOT);
	const buildDir = process.env.BUILD_DIR || 'build';
	if (opts.build) build();
	if (!existsSync(join(buildDir, '404.html'))) {
		console.error(
			`bench: no built site in ${buildDir}/ (run without --no-build, or npm run build).`
		);
		process.exit(1);
	}
	const isBuilt = (page: string) => existsSync(join(buildDir, page, 'index.html'));
	const chromePath = findChromium();
	const load = { start: loadavg(), end: [] as number[] };
	const server = await serve(buildDir);
	console.log(
		`Serving ${buildDir}/ at ${server.origin} · Chromium ${chromePath} · ${cpus().length} CPU(s), load ${load.start.map((l) => l.toFixed(2)).join(' ')}`
	);

	const shown = opts.only.includes('lighthouse') ? lighthousePages(opts.pages) : opts.pages;
	let lhRuns = new Map<string, LhRun[]>();
	let mapAssets: MapAssets | null = null;
	const bytes = new Map<string, Pick<PageSummary, 'bytes' | 'bytesError'>>();
	let timings: TimingSummary | null = null;
	let browserVersion: string | null = null;
	try {
		if (opts.only.includes('lighthouse')) {
			const pages = lighthousePages(opts.pages).filter(isBuilt);
			if (!isBuilt(FLOOR_PAGE))
				console.log(`  The floor page ${FLOOR_PAGE} is not built: no ratios.`);
			console.log(`Lighthouse: ${opts.runs} run(s) of ${pages.join(' ')} (interleaved)`);
			lhRuns = await lighthouse(pages, opts.runs, chromePath, server.origin);
		}
		if (opts.only.includes('bytes') || opts.only.includes('timings')) {
			let browser: Browser | undefined;
			try {
				browser = await chromium.launch({ executablePath: chromePath, args: PLAYWRIGHT_ARGS });
				browserVersion = browser.version();
				if (opts.only.includes('bytes')) {
					mapAssets = findMapAssets(buildDir);
					const mapFiles = [...(mapAssets.chunk ? [mapAssets.chunk.file] : []), ...mapAssets.css];
					console.log('Bytes: loading each page with no interaction');
					for (const page of opts.pages.filter(isBuilt)) {
						try {
							bytes.set(page, {
								bytes: await measureBytes(browser, server.origin + page, mapFiles)
							});
						} catch (error) {
							bytes.set(page, { bytes: null, bytesError: (error as Error).message.split('\n')[0] });
						}
					}
				}
				if (opts.only.includes('timings') && opts.pages.includes('/') && isBuilt('/')) {
					console.log(`Story timings: ${opts.runs} load(s) of /`);
					const runs: StoryRun[] = [];
					for (let i = 0; i < opts.runs; i++) {
						try {
							runs.push(await measureStory(browser, `${server.origin}/`));
						} catch (error) {
							const message = (error as Error).message.split('\n')[0];
							runs.push({
								intent: { value: null, note: message },
								steps: [],
								marksSeen: false,
								error: message
							});
						}
					}
					timings = summarizeStory(runs);
				}
			} finally {
				await browser?.close();
			}
		}
	} finally {
		await server.stop();
		load.end = loadavg();
	}

	const floorRuns = lhRuns.get(FLOOR_PAGE) ?? [];
	const pages: PageSummary[] = shown.map((page) => ({
		...summarizePage(page, isBuilt(page), lhRuns.get(page) ?? [], floorRuns, page === FLOOR_PAGE),
		bytes: bytes.get(page)?.bytes ?? null,
		...(bytes.get(page)?.bytesError ? { bytesError: bytes.get(page)!.bytesError } : {})
	}));
	const budgets = evaluateBudgets(pages, timings);
	const firstRun = [...lhRuns.values()].flat().find((r) => r.lighthouseVersion);
	const report = {
		pages,
		floor: FLOOR_PAGE,
		runs: opts.runs,
		lighthouseVersion: firstRun?.lighthouseVersion,
		mapAssets,
		timings,
		budgets
	};
	console.log('\n' + renderReport(report));
	const commit = git('rev-parse HEAD');

	const results = {
		generatedAt: new Date().toISOString(),
		commit,
		// Edits to tracked files other than the bench's own output.
		uncommittedChanges: Boolean(
			git("status --porcelain --untracked-files=no -- . ':(exclude)bench'")
		),
		environment: {
			node: process.version,
			lighthouse: firstRun?.lighthouseVersion ?? null,
			chromium: browserVersion ?? firstRun?.userAgent ?? null,
			cpus: cpus().length,
			loadAverageStart: load.start.map((l) => Number(l.toFixed(2))),
			loadAverageEnd: load.end.map((l) => Number(l.toFixed(2)))
		},
		method: {
			lighthouse:
				'CLI, mobile emulation and simulated throttling (defaults), fresh profile per run',
			runs: opts.runs,
			order: 'interleaved: run 1 of every page, then run 2, …',
			floorPage: FLOOR_PAGE,
			ratios: 'per run against the floor page in the same run, then the median',
			bytes:
				'gzip -9 (zlib) of JS/CSS bodies loaded with no interaction until network idle, before the first map file; 1 KB = 1000 bytes',
			timings: 'desktop 1280×800, no throttling, from xy: User Timing marks'
		},
		pages,
		mapAssets,
		timings,
		budgets
	};
	mkdirSync(join(ROOT, 'bench'), { recursive: true });
	const text = JSON.stringify(results, null, '\t');
	const config = (await prettier.resolveConfig(RESULTS)) ?? {};
	writeFileSync(RESULTS, await prettier.format(text, { ...config, filepath: RESULTS }));
	const markdown = renderMarkdown({ ...report, date: results.generatedAt.slice(0, 10), commit });
	writeFileSync(MARKDOWN, await prettier.format(markdown, { ...config, filepath: MARKDOWN }));
	console.log(
		`\nWrote ${RESULTS.slice(ROOT.length)} and ${MARKDOWN.slice(ROOT.length)} (for the README); Lighthouse reports in ${REPORTS.slice(ROOT.length)}/`
	);
	process.exitCode = exitCode(budgets, opts.strict);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
