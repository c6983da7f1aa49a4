// The whole test suite, as `npm test` runs it: unit tests, the static build, then the browser
// tests against the built site. Ends with one summary line counting every test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, {
		stdio: 'inherit',
		shell: false,
		env: { ...process.env, ...env }
	});
	return status === 0;
}

/**
 * A second build made as it would be deployed: an https public origin and an online basemap
 * configured (the tests cut its tiles off to check the no-network fallback).
 */
const ONLINE_VARIANT = {
	BUILD_DIR: 'build-online',
	PUBLIC_SITE_ORIGIN: 'https://xunyang-2024.example.cn',
	PUBLIC_FEEDBACK_URL: 'mailto:ditu@example.cn',
	PUBLIC_BASEMAP: 'tianditu-vec',
	PUBLIC_TIANDITU_KEY: 'test-key-not-real',
	PUBLIC_TIANDITU_REVIEW_NUMBER: 'GS(0000)0000号'
};

function readJson(file) {
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const unitOk = run('unit tests', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${results}/vitest.json`
]);
const buildOk =
	run('build', 'npm', ['run', 'build']) &&
	run('build (online-basemap variant)', 'npm', ['run', 'build'], ONLINE_VARIANT);
const e2eOk = buildOk && run('browser tests', 'npx', ['playwright', 'test']);

const vitest = readJson(`${results}/vitest.json`);
const pw = readJson(`${results}/playwright.json`);
let passed = (vitest?.numPassedTests ?? 0) + (pw?.stats?.expected ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (pw?.stats?.unexpected ?? 0) + (pw?.stats?.flaky ?? 0);
const skipped =
	(vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (pw?.stats?.skipped ?? 0);
// A stage that failed without reporting tests (crash, build error) still counts as a failure.
if (!unitOk && !vitest?.numFailedTests) failed += 1;
if (!buildOk) {
	console.log('\nThe build failed, so the browser tests did not run.');
	failed += 1;
} else if (!e2eOk && !pw?.stats?.unexpected) failed += 1;
if (skipped > 0)
	console.log(`\n${skipped} test(s) were skipped: they count as neither passed nor failed.`);

console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(unitOk && buildOk && e2eOk && failed === 0 ? 0 : 1);
