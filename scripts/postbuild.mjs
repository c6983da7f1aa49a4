// After `vite build`: the prerendered 404 page becomes build/404.html, the file static hosts
// (and scripts/serve.mjs) send for unknown addresses.
import { copyFileSync, existsSync } from 'node:fs';

const page = 'build/404/index.html';
if (!existsSync(page)) {
	console.error(`postbuild: ${page} is missing; was the 404 route prerendered?`);
	process.exit(1);
}
copyFileSync(page, 'build/404.html');
console.log('postbuild: wrote build/404.html');
