/**
 * The location editor as a Vite plugin, active only in `vite dev` with XY_EDITOR=1 (what
 * `npm run edit` sets). It is not a SvelteKit route on purpose: nothing under src/routes/
 * knows about it, so the static build can never contain its page, its scripts or its
 * endpoints. vite.config.ts loads this module only when the flag is set, and `apply` keeps it
 * out of `vite build` even then.
 *
 * It mounts, under /__editor/:
 * - the page (src/editor/index.html; its script, src/editor/main.ts, is compiled by Vite
 *   like any module in dev),
 * - the offline sketch's layers (basemap/<layer>.geojson, as the site serves them),
 * - JSON endpoints (api/…, see api.ts) that read and write the data files.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { loadEnv, type Plugin, type ViteDevServer } from 'vite';
import { answer, editorFiles, type EditorConfig } from './api';

export const EDITOR_PATH = '/__editor/';
const HTML_FILE = 'src/editor/index.html';
const LAYERS = ['water', 'district', 'neighbours', 'labels'];
const MAX_BODY = 5_000_000;

export function editorEnabled(env: Record<string, string | undefined> = process.env): boolean {
	return env.XY_EDITOR === '1';
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
	res.statusCode = status;
	res.setHeader('content-type', type);
	res.setHeader('cache-control', 'no-store');
	res.end(body);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY) throw new Error('request too large');
		chunks.push(chunk as Buffer);
	}
	return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
}

/**
 * Writes are accepted only from the editor's own page: a JSON body (which a form on another
 * site cannot send without a CORS preflight, which we never answer) from the same origin.
 */
export function sameOrigin(headers: IncomingMessage['headers']): boolean {
	if (!String(headers['content-type'] ?? '').startsWith('application/json')) return false;
	const origin = headers.origin;
	if (!origin) return true;
	try {
		return new URL(origin).host === headers.host;
	} catch {
		return false;
	}
}

async function basemapLayer(layer: string): Promise<string> {
	const { displayWater, rounded } = await import('../../lib/server/basemap-display');
	const { basemapFile } = await import('../../lib/server/district');
	const data = layer === 'water' ? displayWater() : basemapFile(layer as 'district');
	return JSON.stringify(rounded(data as GeoJSON.FeatureCollection));
}

function middleware(server: ViteDevServer, config: EditorConfig) {
	return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
		// Mounted at /__editor: req.url is the rest of the path.
		const url = new URL(req.url ?? '/', 'http://editor.invalid');
		const path = url.pathname.replace(/^\/+/, '');
		try {
			if (path === '' || path === 'index.html') {
				if ((req as IncomingMessage & { originalUrl?: string }).originalUrl === '/__editor') {
					res.statusCode = 301;
					res.setHeader('location', EDITOR_PATH);
					return res.end();
				}
				const html = await server.transformIndexHtml(
					EDITOR_PATH,
					readFileSync(resolve(server.config.root, HTML_FILE), 'utf8')
				);
				return send(res, 200, 'text/html; charset=utf-8', html);
			}
			const layer = path.match(/^basemap\/([a-z]+)\.geojson$/)?.[1];
			if (layer && LAYERS.includes(layer)) {
				return send(res, 200, 'application/geo+json', await basemapLayer(layer));
			}
			if (path.startsWith('api/')) {
				const method = req.method ?? 'GET';
				if (method === 'POST' && !sameOrigin(req.headers)) {
					return send(
						res,
						403,
						'application/json',
						JSON.stringify({ ok: false, problems: ['not from the editor page'] })
					);
				}
				const body = method === 'POST' ? await readBody(req) : null;
				const reply = await answer(method, path.slice('api/'.length), body, config);
				return send(res, reply.status, 'application/json', JSON.stringify(reply.body));
			}
			next();
		} catch (error) {
			server.config.logger.error(`location editor: ${(error as Error).stack ?? error}`);
			send(
				res,
				500,
				'application/json',
				JSON.stringify({ ok: false, problems: [String((error as Error).message)] })
			);
		}
	};
}

export function locationEditor(): Plugin {
	return {
		name: 'xunyang-location-editor',
		apply: (_config, { command }) => command === 'serve' && editorEnabled(),
		config: () => ({
			// Pre-bundle the editor's libraries at start-up, so the first visit does not make
			// Vite discover them and reload the page.
			optimizeDeps: {
				entries: ['src/editor/main.ts'],
				include: ['maplibre-gl', 'terra-draw', 'terra-draw-maplibre-gl-adapter', 'gcoord', 'zod']
			}
		}),
		configureServer(server) {
			const env = { ...loadEnv(server.config.mode, process.cwd(), 'PUBLIC_'), ...process.env };
			const config: EditorConfig = { files: editorFiles(process.env), env };
			server.middlewares.use('/__editor', middleware(server, config));
			const printUrls = server.printUrls.bind(server);
			server.printUrls = () => {
				printUrls();
				for (const url of server.resolvedUrls?.local ?? []) {
					server.config.logger.info(
						`  ➜  Location editor: ${new URL(EDITOR_PATH.slice(1), url).href}  (places: ${config.files.places}, story: ${config.files.steps})`
					);
				}
			};
		}
	};
}
