// Bytes a page costs: the gzip size of the JS and CSS it loads before the map (everything it
// loads with no interaction, less the map's own files), and of the lazy map chunk. Bodies are gzipped here with zlib at level 9, so the numbers do not
// depend on how (or whether) the server compresses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export type AssetKind = 'js' | 'css';

export function gzipSize(body: Uint8Array): number {
	return gzipSync(body, { level: 9 }).length;
}

/**
 * Whether a response is JavaScript or CSS fetched over the network, from its path, else its
 * content type. blob: and data: URLs are made in the page (MapLibre's worker is a blob built
 * from the map chunk's own code): they cost no download and are not counted.
 */
export function assetKind(url: string, contentType = ''): AssetKind | null {
	const parsed = new URL(url);
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
	const path = parsed.pathname;
	if (/\.m?js$/i.test(path)) return 'js';
	if (/\.css$/i.test(path)) return 'css';
	if (/javascript|ecmascript/i.test(contentType)) return 'js';
	if (/text\/css/i.test(contentType)) return 'css';
	return null;
}

export interface MapAssets {
	/** The lazy MapLibre chunk: the largest JS file of the build that mentions maplibre. */
	chunk: { file: string; bytes: number; gzip: number } | null;
	/** MapLibre's stylesheets (file names start with maplibre), loaded with the chunk. */
	css: string[];
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
}

/** Finds the map's files among the build's hashed assets (`<build>/_app/immutable`). */
export function findMapAssets(buildDir: string): MapAssets {
	const files = filesUnder(join(buildDir, '_app', 'immutable'));
	let chunk: MapAssets['chunk'] = null;
	for (const file of files.filter((f) => f.endsWith('.js'))) {
		const body = readFileSync(file);
		if (chunk && body.length <= chunk.bytes) continue;
		if (body.includes('maplibre')) chunk = { file: basename(file), bytes: body.length, gzip: 0 };
	}
	if (chunk) {
		const path = files.find((f) => basename(f) === chunk!.file)!;
		chunk.gzip = gzipSize(readFileSync(path));
	}
	const css = files
		.filter((f) => f.endsWith('.css') && basename(f).startsWith('maplibre'))
		.map((f) => basename(f));
	return { chunk, css };
}

export interface AssetRecord {
	url: string;
	kind: AssetKind;
	/** The order in which the page requested it (0 = first). */
	order: number;
	gzip: number;
}

export interface PageBytes {
	/**
	 * What the page needs before the map: every JS+CSS file it loaded with no interaction,
	 * except the map's own files (the MapLibre chunk and stylesheets).
	 */
	initialGzip: number;
	initialJsGzip: number;
	initialCssGzip: number;
	initialFiles: string[];
	/**
	 * The strict reading of "before the map": only files requested before the first map file.
	 * Smaller when the map starts on its own and races other lazy code (e.g. scrollama).
	 */
	requestedBeforeMapGzip: number;
	/** Whether the map's files loaded with no interaction at all. */
	mapLoadedWithoutInteraction: boolean;
	/** Every JS+CSS file the page loaded with no interaction, map included. */
	totalGzip: number;
}

function isMapFile(url: string, mapFiles: readonly string[]): boolean {
	const name = basename(new URL(url).pathname);
	return mapFiles.includes(name);
}

/** Splits what a page loaded with no interaction into the map's files and everything else. */
export function splitMapFiles(
	records: readonly AssetRecord[],
	mapFiles: readonly string[]
): PageBytes {
	const mapOrders = records.filter((r) => isMapFile(r.url, mapFiles)).map((r) => r.order);
	const mapStart = mapOrders.length ? Math.min(...mapOrders) : Infinity;
	const initial = records
		.filter((r) => !isMapFile(r.url, mapFiles))
		.sort((a, b) => a.order - b.order);
	const sum = (rs: readonly AssetRecord[]) => rs.reduce((n, r) => n + r.gzip, 0);
	return {
		initialGzip: sum(initial),
		initialJsGzip: sum(initial.filter((r) => r.kind === 'js')),
		initialCssGzip: sum(initial.filter((r) => r.kind === 'css')),
		initialFiles: initial.map((r) => new URL(r.url).pathname),
		requestedBeforeMapGzip: sum(initial.filter((r) => r.order < mapStart)),
		mapLoadedWithoutInteraction: mapOrders.length > 0,
		totalGzip: sum(records)
	};
}

/**
 * Loads `url` in a fresh desktop-sized context with no interaction, records every JS and CSS
 * response until the network is idle, and sets the map's files apart.
 */
export async function measureBytes(
	browser: Browser,
	url: string,
	mapFiles: readonly string[]
): Promise<PageBytes> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		const order = new Map<object, number>();
		let next = 0;
		page.on('request', (request) => order.set(request, next++));
		const pending: Promise<AssetRecord | null>[] = [];
		page.on('response', (response) => {
			const kind = assetKind(response.url(), response.headers()['content-type']);
			if (!kind || response.status() >= 300) return;
			const requestOrder = order.get(response.request()) ?? next;
			pending.push(
				response
					.body()
					.then((body) => ({
						url: response.url(),
						kind,
						order: requestOrder,
						gzip: gzipSize(body)
					}))
					.catch(() => null)
			);
		});
		await page.goto(url, { waitUntil: 'networkidle', timeout: 90_000 });
		const records = (await Promise.all(pending)).filter((r): r is AssetRecord => r !== null);
		return splitMapFiles(records, mapFiles);
	} finally {
		await context.close();
	}
}
