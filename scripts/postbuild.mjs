// After `vite build` (BUILD_DIR, default build/):
// 1. The prerendered 404 page becomes 404.html, the file static hosts (and scripts/serve.mjs)
//    send for unknown addresses; its own folder goes, so /404/ is not a page that answers 200.
// 2. Every text file gets gzip and brotli twins (x.js.gz, x.js.br), which scripts/serve.mjs and
//    hosts such as nginx (gzip_static) send to browsers that accept them.
import {
	existsSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.BUILD_DIR || 'build';
const page = `${dir}/404/index.html`;
if (!existsSync(page)) {
	console.error(`postbuild: ${page} is missing; was the 404 route prerendered?`);
	process.exit(1);
}
renameSync(page, `${dir}/404.html`);
rmSync(`${dir}/404`, { recursive: true, force: true });
console.log(`postbuild: wrote ${dir}/404.html`);

const TEXT = /\.(html|js|css|json|geojson|svg|webmanifest|txt)$/;
let count = 0;
function compress(folder) {
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) {
			compress(path);
		} else if (TEXT.test(name)) {
			const bytes = readFileSync(path);
			if (bytes.length < 1024) continue;
			writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
			writeFileSync(
				`${path}.br`,
				brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } })
			);
			count++;
		}
	}
}
compress(dir);
console.log(`postbuild: compressed ${count} files (.gz, .br)`);
