// Serves a built folder with scripts/serve.mjs (the project's static-host stand-in) on a free
// loopback port, for as long as the benchmark needs it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('../serve.mjs', import.meta.url));

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
		});
	});
}

export interface Served {
	/** e.g. http://127.0.0.1:40123 (no trailing slash). */
	origin: string;
	stop(): Promise<void>;
}

/** Starts `node scripts/serve.mjs` for `dir` and waits until it answers. */
export async function serve(dir: string, timeoutMs = 20_000): Promise<Served> {
	const port = await freePort();
	const child = spawn(process.execPath, [SERVE], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', BUILD_DIR: dir },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const origin = `http://127.0.0.1:${port}`;
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`serve.mjs exited (${child.exitCode}) for ${dir}: ${stderr.trim()}`);
		}
		try {
			await fetch(`${origin}/`);
			return { origin, stop };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	await stop();
	throw new Error(`serve.mjs did not answer on ${origin} within ${timeoutMs / 1000} s`);
}
