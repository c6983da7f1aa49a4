import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assetKind, findMapAssets, gzipSize, splitMapFiles, type AssetRecord } from './bytes';

const base = 'http://127.0.0.1:4000/_app/immutable';

describe('assetKind', () => {
	it('knows JS and CSS by extension, ignoring query strings', () => {
		expect(assetKind(`${base}/chunks/a.js?v=1`)).toBe('js');
		expect(assetKind(`${base}/assets/0.css`)).toBe('css');
	});
	it('falls back to the content type, and ignores everything else', () => {
		expect(assetKind('http://x/app', 'text/javascript; charset=utf-8')).toBe('js');
		expect(assetKind('http://x/style', 'text/css')).toBe('css');
		expect(assetKind('http://x/water.geojson', 'application/geo+json')).toBeNull();
		expect(assetKind('http://x/', 'text/html')).toBeNull();
	});
	it('does not count scripts made in the page (the map worker is a blob: URL)', () => {
		expect(assetKind('blob:http://127.0.0.1:4000/05a3b12b-1885', 'text/javascript')).toBeNull();
		expect(assetKind('data:text/javascript,1', 'text/javascript')).toBeNull();
	});
});

describe('splitMapFiles', () => {
	const rec = (file: string, order: number, gzip: number): AssetRecord => ({
		url: `${base}/${file}`,
		kind: file.endsWith('.css') ? 'css' : 'js',
		order,
		gzip
	});
	const mapFiles = ['maplibre.js', 'maplibre-gl.css'];
	const eager = [
		rec('entry/start.js', 0, 1000),
		rec('assets/0.css', 1, 500),
		rec('nodes/2.js', 2, 3000),
		rec('chunks/maplibre.js', 3, 270_000),
		rec('chunks/scrollama.js', 4, 4000),
		rec('assets/maplibre-gl.css', 5, 10_000)
	];

	it('counts everything but the map files, whenever they were requested', () => {
		const bytes = splitMapFiles(eager, mapFiles);
		expect(bytes.initialGzip).toBe(8500);
		expect(bytes.initialJsGzip).toBe(8000);
		expect(bytes.initialCssGzip).toBe(500);
		expect(bytes.initialFiles).toEqual([
			'/_app/immutable/entry/start.js',
			'/_app/immutable/assets/0.css',
			'/_app/immutable/nodes/2.js',
			'/_app/immutable/chunks/scrollama.js'
		]);
		expect(bytes.mapLoadedWithoutInteraction).toBe(true);
		expect(bytes.totalGzip).toBe(288_500);
	});
	it('also gives the strict cut: only files requested before the first map file', () => {
		expect(splitMapFiles(eager, mapFiles).requestedBeforeMapGzip).toBe(4500);
		const cssFirst = [
			rec('entry/start.js', 0, 1000),
			rec('assets/maplibre-gl.css', 1, 10_000),
			rec('nodes/2.js', 2, 3000)
		];
		expect(splitMapFiles(cssFirst, mapFiles).requestedBeforeMapGzip).toBe(1000);
	});
	it('counts everything when the map never started (a lazy map waiting for the reader)', () => {
		const bytes = splitMapFiles(
			[rec('entry/start.js', 0, 1000), rec('nodes/3.js', 1, 2000)],
			mapFiles
		);
		expect(bytes.initialGzip).toBe(3000);
		expect(bytes.requestedBeforeMapGzip).toBe(3000);
		expect(bytes.mapLoadedWithoutInteraction).toBe(false);
	});
});

describe('findMapAssets', () => {
	const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('picks the largest JS file that mentions maplibre, and maplibre stylesheets', () => {
		const immutable = join(dir, '_app', 'immutable');
		mkdirSync(join(immutable, 'chunks'), { recursive: true });
		mkdirSync(join(immutable, 'assets'), { recursive: true });
		const lib = `/* maplibre-gl */ ${'x'.repeat(5000)}`;
		writeFileSync(join(immutable, 'chunks', 'big.js'), 'y'.repeat(9000));
		writeFileSync(join(immutable, 'chunks', 'lib.js'), lib);
		writeFileSync(join(immutable, 'chunks', 'ctl.js'), 'import("maplibre")');
		writeFileSync(join(immutable, 'assets', 'maplibre-gl.abc.css'), '.maplibregl-map{}');
		writeFileSync(join(immutable, 'assets', '0.css'), 'body{}');
		const found = findMapAssets(dir);
		expect(found.chunk?.file).toBe('lib.js');
		expect(found.chunk?.bytes).toBe(lib.length);
		expect(found.chunk?.gzip).toBe(gzipSize(Buffer.from(lib)));
		expect(found.css).toEqual(['maplibre-gl.abc.css']);
	});
});
