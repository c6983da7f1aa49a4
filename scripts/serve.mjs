// Serves the built site the way a plain static host or CDN would: files from build/, and
// build/404.html with status 404 for anything else. Used by `npm start` and the browser tests.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

const port = Number(process.env.PORT || 4173);
const host = process.env.HOST || '127.0.0.1';
const dir = process.env.BUILD_DIR || 'build';
if (!existsSync(`${dir}/404.html`)) {
	console.error(`No built site in ${dir}/: run \`npm run build\` first.`);
	process.exit(1);
}
// Precompressed twins (postbuild.mjs) go to browsers that accept them, as on a real host.
const files = sirv(dir, { etag: true, extensions: ['html'], gzip: true, brotli: true });
const notFound = readFileSync(`${dir}/404.html`);

const sendNotFound = (res) => {
	res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
	res.end(notFound);
};
/** The not-found page itself is never a page of its own (sirv would map /404/ to 404.html). */
const isNotFoundPage = (url = '') => /^\/404(?:\.html|\/(?:index\.html)?)?(?:[?#]|$)/.test(url);

createServer((req, res) => {
	if (isNotFoundPage(req.url)) return sendNotFound(res);
	files(req, res, () => sendNotFound(res));
}).listen(port, host, () => {
	console.log(
		`浔阳 2024 is served at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`
	);
});
