// The two maintainer commands as a person runs them: `npm run geo:geocode` (against a fake
// Tianditu on loopback, never the real service) and `npm run geo:accept`.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
	searchAnswer,
	startFakeTianditu,
	type FakeTianditu
} from '../../tests/helpers/fake-tianditu';
import { PLACES_FILE } from '../../src/lib/server/geo-check';
import { readReview } from '../../src/lib/server/geocode/review';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';

/** Runs a script; resolves with its exit code and output whether it succeeds or not. */
async function script(file: string, args: string[], env: Record<string, string | undefined>) {
	const clean = { ...process.env, TIANDITU_KEY: undefined, TIANDITU_BASE_URL: undefined, ...env };
	try {
		const { stdout, stderr } = await run(TSX, [file, ...args], { env: clean, timeout: 60_000 });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

let fake: FakeTianditu | null = null;
afterEach(async () => {
	await fake?.close();
	fake = null;
});

// Each script start costs a tsx compile (1–3 s on a busy machine).
describe('npm run geo:geocode and geo:accept', { timeout: 60_000 }, () => {
	it('stops with one clear line when TIANDITU_KEY is missing', async () => {
		const result = await script('scripts/geo/geocode.ts', [], {});
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toEqual([
			'geo:geocode: TIANDITU_KEY is not set. Export your Tianditu server key (天地图 服务端 key) and run again; never commit it.'
		]);
	});

	it('writes a review file from the service, and accept writes candidate 1 into the places file', async () => {
		fake = await startFakeTianditu((request) =>
			request.path === '/v2/search' && request.keyWord === '烟水亭'
				? { json: searchAnswer([{ name: '烟水亭', lonlat: '115.98,29.72', address: '甘棠湖中' }]) }
				: { json: { status: '101', msg: '结果为空' } }
		);
		const dir = mkdtempSync(join(tmpdir(), 'geocode-cli-'));
		const reviewFile = join(dir, 'candidates.json');
		const key = 'cli-test-key-9876543210';
		const geocode = await script(
			'scripts/geo/geocode.ts',
			['--only', 'yanshui-pavilion', '--out', reviewFile, '--delay-ms', '0'],
			{ TIANDITU_KEY: key, TIANDITU_BASE_URL: fake.baseUrl }
		);
		expect(geocode.stderr).toBe('');
		expect(geocode.code).toBe(0);
		expect(geocode.stdout).toContain('yanshui-pavilion: 1 candidate(s), 0 rejected');
		expect(geocode.stdout).toContain('#1 烟水亭 [115.98, 29.72]');
		expect(fake.requests.every((r) => r.params.get('tk') === key)).toBe(true);
		expect(readFileSync(reviewFile, 'utf8')).not.toContain(key);
		expect(readReview(reviewFile).places[0].candidates[0]).toMatchObject({
			result_name: '烟水亭',
			verdict: 'candidate'
		});

		const placesFile = join(dir, 'places.geojson');
		copyFileSync(PLACES_FILE, placesFile);
		const accept = await script(
			'scripts/geo/accept.ts',
			['yanshui-pavilion', '1', '--review', reviewFile, '--places', placesFile],
			{}
		);
		expect(accept.code).toBe(0);
		expect(accept.stdout).toContain('yanshui-pavilion (烟水亭)');
		expect(accept.stdout).toContain('accuracy  unknown → geocoded');
		const written = JSON.parse(readFileSync(placesFile, 'utf8')).features.find(
			(f: { id: string }) => f.id === 'yanshui-pavilion'
		);
		expect(written.geometry).toEqual({ type: 'Point', coordinates: [115.98, 29.72] });

		const again = await script(
			'scripts/geo/accept.ts',
			['yanshui-pavilion', '2', '--review', reviewFile, '--places', placesFile],
			{}
		);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('"yanshui-pavilion" has no candidate 2 (it has 1)');
	});
});
