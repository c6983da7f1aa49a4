// After `vite build`: the prerendered 404 page becomes build/404.html (BUILD_DIR), the file static hosts
// (and scripts/serve.mjs) send for unknown addresses.
import { copyFileSync, existsSync } from 'node:fs';

const dir = process.env.BUILD_DIR || 'build';
const page = `${dir}/404/index.html`;
if (!existsSync(page)) {
	console.error(`postbuild: ${page} is missing; was the 404 route prerendered?`);
	process.exit(1);
}
copyFileSync(page, `${dir}/404.html`);
console.log(`postbuild: wrote ${dir}/404.html`);
