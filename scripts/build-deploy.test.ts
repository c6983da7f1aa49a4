import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function deploy(origin: string | undefined) {
	const env = { ...process.env };
	delete env.PUBLIC_SITE_ORIGIN;
	if (origin !== undefined) env.PUBLIC_SITE_ORIGIN = origin;
	return spawnSync('npx', ['tsx', 'scripts/build-deploy.ts'], { env, encoding: 'utf8' });
}

describe('npm run build:deploy', () => {
	it('refuses to build without a public origin, saying what to set', () => {
		const run = deploy(undefined);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/PUBLIC_SITE_ORIGIN is not set/);
	});

	it('refuses an http origin', () => {
		const run = deploy('http://localhost:4173');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/not an https/);
	});
});
