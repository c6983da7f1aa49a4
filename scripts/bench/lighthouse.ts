// One Lighthouse run through its CLI (Lighthouse's own defaults: mobile emulation, simulated
// throttling), and the numbers the benchmark keeps from its report.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Chromium flags checked on these machines: headless WebGL through SwiftShader, no network. */
export const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader',
	'--disable-background-networking',
	'--disable-quic'
];

export interface LhMetrics {
	/** Milliseconds. */
	lcp: number | null;
	fcp: number | null;
	tbt: number | null;
	speedIndex: number | null;
	cls: number | null;
	/** Category scores, 0–100. */
	performance: number | null;
	accessibility: number | null;
	bestPractices: number | null;
	seo: number | null;
}

export const METRIC_KEYS = [
	'lcp',
	'fcp',
	'tbt',
	'cls',
	'speedIndex',
	'performance',
	'accessibility',
	'bestPractices',
	'seo'
] as const satisfies readonly (keyof LhMetrics)[];

export interface LhRun {
	metrics: LhMetrics | null;
	/** Why the run gave no numbers (the CLI failed, or Lighthouse reported a runtime error). */
	error?: string;
	/** Lighthouse's own warnings about the run. */
	warnings: string[];
	lighthouseVersion?: string;
	userAgent?: string;
	/**
	 * Lighthouse's measure of how fast the machine was during the run (higher is faster);
	 * it falls when other work shares the CPU.
	 */
	benchmarkIndex?: number;
}

/** The subset of a Lighthouse result (LHR) the benchmark reads. */
export interface Lhr {
	lighthouseVersion?: string;
	userAgent?: string;
	environment?: { hostUserAgent?: string; benchmarkIndex?: number };
	runtimeError?: { code?: string; message?: string };
	runWarnings?: string[];
	audits?: Record<string, { numericValue?: number } | undefined>;
	categories?: Record<string, { score?: number | null } | undefined>;
}

function numeric(lhr: Lhr, audit: string): number | null {
	const v = lhr.audits?.[audit]?.numericValue;
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function score(lhr: Lhr, category: string): number | null {
	const s = lhr.categories?.[category]?.score;
	return typeof s === 'number' ? Math.round(s * 100) : null;
}

/** The numbers of one Lighthouse report; a report with a runtime error counts as failed. */
export function runFromLhr(lhr: Lhr): LhRun {
	const base = {
		warnings: lhr.runWarnings ?? [],
		lighthouseVersion: lhr.lighthouseVersion,
		userAgent: lhr.environment?.hostUserAgent ?? lhr.userAgent,
		benchmarkIndex: lhr.environment?.benchmarkIndex
	};
	if (lhr.runtimeError?.code) {
		return {
			...base,
			metrics: null,
			error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message ?? ''}`.trim()
		};
	}
	return {
		...base,
		metrics: {
			lcp: numeric(lhr, 'largest-contentful-paint'),
			fcp: numeric(lhr, 'first-contentful-paint'),
			tbt: numeric(lhr, 'total-blocking-time'),
			speedIndex: numeric(lhr, 'speed-index'),
			cls: numeric(lhr, 'cumulative-layout-shift'),
			performance: score(lhr, 'performance'),
			accessibility: score(lhr, 'accessibility'),
			bestPractices: score(lhr, 'best-practices'),
			seo: score(lhr, 'seo')
		}
	};
}

function lighthouseCli(): string {
	const require = createRequire(import.meta.url);
	const pkgFile = require.resolve('lighthouse/package.json');
	const pkg = require(pkgFile) as { bin: Record<string, string> };
	return join(dirname(pkgFile), pkg.bin.lighthouse);
}

/**
 * Runs Lighthouse once on `url` in a fresh Chromium profile. Never throws: a failure comes
 * back as a run with an error. The full report is saved to `reportFile` when given.
 */
export function runLighthouse(
	url: string,
	chromePath: string,
	reportFile?: string,
	timeoutMs = 240_000
): Promise<LhRun> {
	const args = [
		lighthouseCli(),
		url,
		`--chrome-path=${chromePath}`,
		`--chrome-flags=${CHROME_FLAGS.join(' ')}`,
		'--only-categories=performance,accessibility,best-practices,seo',
		'--output=json',
		'--output-path=stdout',
		'--quiet'
	];
	return new Promise((resolve) => {
		const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		const out: Buffer[] = [];
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const text = Buffer.concat(out).toString('utf8');
			if (code !== 0 || !text.trim()) {
				const why = signal ? `killed (${signal}) after ${timeoutMs / 1000} s` : `exit ${code}`;
				const tail = err.trim().split('\n').slice(-3).join(' | ');
				resolve({ metrics: null, warnings: [], error: `lighthouse ${why}: ${tail}` });
				return;
			}
			try {
				if (reportFile) writeFileSync(reportFile, text);
				resolve(runFromLhr(JSON.parse(text) as Lhr));
			} catch (e) {
				resolve({ metrics: null, warnings: [], error: `unreadable report: ${String(e)}` });
			}
		});
	});
}
