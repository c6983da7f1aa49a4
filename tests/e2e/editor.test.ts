// The location editor (npm run edit) in a real browser, on its own dev server and on
// temporary copies of the data: the real geo/places.geojson and steps.json are never touched.
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import prettier from 'prettier';
import { roundBox, type Box } from '../../src/editor/lib/view';
import { wgs84ToGcj02, type LonLat } from '../../src/lib/geo/crs';
import { haversine } from '../../src/lib/geo/distance';
import {
	checkPlacesFile,
	checkStory,
	loadValidationContext,
	PLACES_FILE
} from '../../src/lib/server/geo-check';
import { judge, writeReview, type RawCandidate } from '../../src/lib/server/geocode/review';
import type { Place } from '../../src/lib/places/schema';
import { STEPS_FILE } from '../../src/lib/server/story-check';
import { watchPage, expectClean } from './helpers';

const PORT = Number(process.env.E2E_PORT || 4173) + 2;
const EDITOR = `http://127.0.0.1:${PORT}/__editor/`;
const SHOTS = 'test-results/screenshots';

type Feature = {
	id: string;
	geometry: { type: string; coordinates: [number, number] } | null;
	properties: { name: string; position: Record<string, unknown> & { accuracy: string } };
};

/** Test points (not data) inside the district outline. */
const INSIDE_A: LonLat = [115.98, 29.72];
const INSIDE_B: LonLat = [115.99, 29.725];
const INSIDE_C: LonLat = [115.985, 29.717];

/** A review file (as npm run geo:geocode writes it) with one good candidate for 琵琶湖. */
function writeCandidate(file: string) {
	const lake = (JSON.parse(readFileSync(PLACES_FILE, 'utf8')).features as Place[]).find(
		(p) => p.id === 'pipa-lake'
	)!;
	const raw: RawCandidate = {
		service: 'tianditu-search-v2',
		query: '琵琶湖',
		result_name: '琵琶湖',
		result_name_from_service: true,
		result_address: '九江市浔阳区',
		coordinates: INSIDE_C,
		returned: { poiType: '101' },
		level: 'poiType 101; typeName 风景名胜'
	};
	const judged = judge(raw, lake, loadValidationContext().district);
	writeReview(file, {
		generated: '2026-12-01',
		crs: 'CGCS2000',
		docs: [],
		rules: [],
		places: [
			{
				slug: 'pipa-lake',
				name: '琵琶湖',
				accuracy: 'unknown',
				radius_m: null,
				queries: [],
				candidates: [{ number: 1, ...raw, date: '2026-12-01', ...judged }]
			}
		]
	});
}

let server: ChildProcess;
let log = '';
let dir: string;
let placesFile: string;
let stepsFile: string;

const features = (): Feature[] => JSON.parse(readFileSync(placesFile, 'utf8')).features;
const feature = (slug: string) => features().find((f) => f.id === slug)!;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dir = mkdtempSync(join(tmpdir(), 'xy-editor-'));
	placesFile = join(dir, 'places.geojson');
	stepsFile = join(dir, 'steps.json');
	copyFileSync(PLACES_FILE, placesFile);
	copyFileSync(STEPS_FILE, stepsFile);
	writeCandidate(join(dir, 'review.json'));
	mkdirSync(SHOTS, { recursive: true });
	server = spawn(
		process.execPath,
		['scripts/edit.mjs', '--port', String(PORT), '--host', '127.0.0.1', '--no-open'],
		{
			env: {
				...process.env,
				XY_EDITOR_PLACES: placesFile,
				XY_EDITOR_STEPS: stepsFile,
				XY_EDITOR_REVIEW: join(dir, 'review.json'),
				// The offline sketch: no tiles from anywhere.
				PUBLIC_BASEMAP: '',
				PUBLIC_TIANDITU_KEY: '',
				VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
			},
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	server.stdout?.on('data', (d) => (log += d));
	server.stderr?.on('data', (d) => (log += d));
	await expect
		.poll(
			async () => {
				if (server.exitCode !== null) throw new Error(`the editor server exited:\n${log}`);
				return fetch(`${EDITOR}api/state`).then(
					(r) => r.status,
					() => 0
				);
			},
			{ timeout: 150_000, intervals: [500] }
		)
		.toBe(200);
	// The printed address is the one the staff will open.
	expect(log).toContain(`Location editor: http://127.0.0.1:${PORT}/__editor/`);
});

test.afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

async function open(page: Page) {
	await page.setViewportSize({ width: 1280, height: 800 });
	const watch = await watchPage(page);
	await page.goto(EDITOR);
	await page.waitForFunction(() => window.__editor?.ready === true, null, { timeout: 60_000 });
	return watch;
}

/** Moves the map and waits until it has drawn the new view. */
async function jumpTo(page: Page, center: LonLat, zoom: number) {
	await page.evaluate(
		([c, z]) =>
			new Promise<void>((resolve) => {
				const map = window.__editor!.map;
				map.once('idle', () => resolve());
				map.jumpTo({ center: c as [number, number], zoom: z as number });
			}),
		[center, zoom] as const
	);
}

/** Clicks the middle of the map; returns where that is, as MapLibre reads it. */
async function clickMapCentre(page: Page): Promise<LonLat> {
	const canvas = page.locator('.map canvas.maplibregl-canvas');
	const box = (await canvas.boundingBox())!;
	const x = Math.round(box.width / 2);
	const y = Math.round(box.height / 2);
	const at = await page.evaluate(
		([px, py]) => {
			const ll = window.__editor!.map.unproject([px, py]);
			return [ll.lng, ll.lat] as LonLat;
		},
		[x, y]
	);
	await canvas.click({ position: { x, y } });
	return at;
}

async function fillEvidence(page: Page, radius: string, method: string) {
	await page.locator('input[name="by"]').fill('测试员');
	await page.locator('input[name="radius"]').fill(radius);
	await page.locator('textarea[name="method"]').fill(method);
}

test('an unknown place: click the map, give the evidence, see the diff, save a surveyed point', async ({
	page
}) => {
	const watch = await open(page);
	// The list starts with what needs work most.
	await expect(page.locator('li button[data-slug]').first()).toHaveAttribute(
		'data-accuracy',
		'unknown'
	);
	await page.screenshot({ path: `${SHOTS}/editor-1-start.png` });

	await page.locator('button[data-slug="yanshui-pavilion"]').click();
	await expect(page.locator('#evidence-title')).toContainText('烟水亭');
	await jumpTo(page, INSIDE_A, 15);
	await page.locator('button[data-tool="point"]').click();
	const clicked = await clickMapCentre(page);
	await expect(page.getByTestId('proposal')).toContainText(`点 ${clicked[0].toFixed(4)}`);

	await fillEvidence(page, '30', '在影像上按亭的位置单击标定（浏览器测试）。');
	// The imagery follows the basemap (here the offline sketch) until someone types their own.
	await expect(page.locator('input[name="imagery"]')).toHaveValue('离线示意图');
	await page.getByRole('button', { name: '校验并查看改动' }).click();
	const diff = page.getByTestId('diff');
	await expect(diff.locator('tr[data-field="accuracy"]')).toContainText('未标在图上（unknown）');
	await expect(diff.locator('tr[data-field="accuracy"]')).toContainText('人工标定（surveyed）');
	await expect(diff.locator('tr[data-field="geometry"]')).toContainText('none');
	await expect(diff.locator('tr[data-field="geometry"]')).toContainText('Point [');
	await expect(diff.locator('tr[data-field="survey"]')).toContainText(
		'by 测试员; imagery 离线示意图'
	);
	await page.screenshot({ path: `${SHOTS}/editor-2-diff.png` });
	// Nothing is written by looking at the diff.
	expect(feature('yanshui-pavilion').geometry).toBeNull();

	await page.getByRole('button', { name: /^写入/ }).click();
	await expect(page.locator('.written')).toContainText('已写入');

	const saved = feature('yanshui-pavilion');
	expect(saved.geometry!.type).toBe('Point');
	expect(haversine(saved.geometry!.coordinates, clicked)).toBeLessThan(1);
	expect(saved.properties.position).toMatchObject({
		accuracy: 'surveyed',
		radius_m: 30,
		survey: { by: '测试员', imagery: '离线示意图' }
	});
	// The whole temporary file still passes the build's own check.
	expect(() => checkPlacesFile(placesFile, stepsFile)).not.toThrow();
	// The map now draws the place.
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					window.__editor!.map.querySourceFeatures('places', {
						filter: ['==', ['get', 'slug'], 'yanshui-pavilion']
					}).length
			)
		)
		.toBeGreaterThan(0);
	expectClean(watch);
});

test('an area drawn with the polygon tool is saved as an approximate area with its source', async ({
	page
}) => {
	const watch = await open(page);
	await page.locator('button[data-slug="nanmen-lake"]').click();
	await jumpTo(page, INSIDE_A, 15);
	await page.locator('button[data-tool="polygon"]').click();
	const canvas = page.locator('.map canvas.maplibregl-canvas');
	const box = (await canvas.boundingBox())!;
	const cx = Math.round(box.width / 2);
	const cy = Math.round(box.height / 2);
	const corners = [
		[cx - 80, cy - 50],
		[cx + 80, cy - 50],
		[cx + 20, cy + 60]
	];
	for (const [x, y] of corners) {
		await canvas.click({ position: { x, y } });
		await page.waitForTimeout(150);
	}
	// Back on the first corner closes the area.
	await canvas.click({ position: { x: corners[0][0], y: corners[0][1] } });
	await expect(page.getByTestId('proposal')).toContainText('面，3 个点');

	await page.locator('select[name="accuracy"]').selectOption('approximate');
	await page.locator('input[name="radius"]').fill('100');
	await page
		.locator('textarea[name="method"]')
		.fill('按来源“甘棠湖东面”在影像上圈出湖面大致范围（浏览器测试）。');
	// An approximate position needs a source (the build's rule): the form says so first.
	await expect(page.locator('.gaps')).toContainText('至少一个支持此位置的来源');
	await expect(page.getByRole('button', { name: '校验并查看改动' })).toBeDisabled();
	await page.locator('.evidence-form input[type="checkbox"]').first().check();
	await page.getByRole('button', { name: '校验并查看改动' }).click();
	await expect(page.getByTestId('diff').locator('tr[data-field="geometry"]')).toContainText(
		'Polygon of 3 points'
	);
	await page.screenshot({ path: `${SHOTS}/editor-2b-area.png` });
	await page.getByRole('button', { name: /^写入/ }).click();
	await expect(page.locator('.written')).toContainText('已写入');

	const lake = feature('nanmen-lake') as unknown as {
		geometry: { type: string; coordinates: [number, number][][] };
		properties: { position: { accuracy: string; sources: string[] } };
	};
	expect(lake.geometry.type).toBe('Polygon');
	expect(lake.geometry.coordinates[0]).toHaveLength(4);
	expect(lake.geometry.coordinates[0][0]).toEqual(lake.geometry.coordinates[0][3]);
	expect(lake.properties.position.accuracy).toBe('approximate');
	expect(lake.properties.position.sources).toHaveLength(1);
	expect(() => checkPlacesFile(placesFile, stepsFile)).not.toThrow();
	expectClean(watch);
});

test('a GCJ-02 coordinate pasted lat-first is converted and stored as WGS-84', async ({ page }) => {
	const watch = await open(page);
	await page.locator('button[data-slug="gantang-park"]').click();
	await page.getByText('粘贴坐标', { exact: true }).click();
	const gcj = wgs84ToGcj02(INSIDE_B);
	await page.locator('select[name="system"]').selectOption('GCJ02');
	// As Tencent's picker writes it: latitude first, comma and space.
	await page.locator('textarea[name="coordinates"]').fill(`${gcj[1]}, ${gcj[0]}`);
	await page.getByRole('button', { name: '预览', exact: true }).click();
	const result = page.getByTestId('paste-result');
	await expect(result).toContainText('纬度在前（按数值判断）');
	const shift = Number((await result.locator('td').nth(2).textContent())!.replace(/\D/g, ''));
	expect(shift).toBeGreaterThan(300);
	expect(shift).toBeLessThan(700);
	await page.screenshot({ path: `${SHOTS}/editor-3-paste-preview.png` });
	await page.getByRole('button', { name: '采用此位置' }).click();
	await expect(page.locator('input[name="imagery"]')).toHaveValue(
		'高德/腾讯地图（GCJ-02 坐标，已转换为 WGS-84）'
	);

	await fillEvidence(
		page,
		'50',
		'由高德地图坐标拾取器取公园正门坐标，转换为 WGS-84（浏览器测试）。'
	);
	await page.getByRole('button', { name: '校验并查看改动' }).click();
	await expect(page.getByTestId('diff').locator('tr[data-field="accuracy"]')).toContainText(
		'人工标定'
	);
	await page.getByRole('button', { name: /^写入/ }).click();
	await expect(page.locator('.written')).toContainText('已写入');

	const stored = feature('gantang-park').geometry!.coordinates;
	expect(haversine(stored, INSIDE_B)).toBeLessThan(1);
	expect(haversine(stored, gcj)).toBeGreaterThan(300);
	expect(() => checkPlacesFile(placesFile, stepsFile)).not.toThrow();
	expectClean(watch);
});

test('a sourced position is replaced only after an explicit confirmation', async ({ page }) => {
	const watch = await open(page);
	const slug = 'guoneng-jiujiang-power';
	const before = readFileSync(placesFile, 'utf8');
	const old = feature(slug).geometry!.coordinates;
	await page.locator(`button[data-slug="${slug}"]`).click();
	await expect(page.getByTestId('confirm-sourced')).toBeVisible();
	await jumpTo(page, old, 15);
	await page.locator('button[data-tool="point"]').click();
	await clickMapCentre(page);
	await fillEvidence(page, '100', '在影像上按厂区主入口标定（浏览器测试）。');
	await page.getByRole('button', { name: '校验并查看改动' }).click();

	// The diff is shown, but writing waits for the confirmation.
	await expect(page.getByTestId('diff').locator('tr[data-field="accuracy"]')).toContainText(
		'来源坐标（sourced）'
	);
	await expect(page.getByRole('alert').filter({ hasText: '需要确认' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^写入/ })).toBeDisabled();
	await page.screenshot({ path: `${SHOTS}/editor-4-sourced-confirm.png` });

	// The server refuses too, whatever the page does.
	const request = await page.evaluate(async (s) => {
		const response = await fetch('/__editor/api/position/save', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				slug: s,
				geometry: { type: 'Point', coordinates: [116.0345, 29.7404] },
				accuracy: 'surveyed',
				radius_m: 100,
				method: 'A write that skips the confirmation.',
				survey: { by: '测试员', imagery: '天地图影像', date: '2026-12-02' },
				position_sources: [],
				new_sources: [],
				confirm_overwrite_sourced: false,
				confirm_overwrite_surveyed: false
			})
		});
		return response.json();
	}, slug);
	expect(request).toMatchObject({ ok: false, confirm: 'sourced' });
	expect(readFileSync(placesFile, 'utf8')).toBe(before);

	await page.getByTestId('confirm-sourced').locator('input').check();
	await page.getByRole('button', { name: '校验并查看改动' }).click();
	await expect(page.getByRole('alert').filter({ hasText: '需要确认' })).toHaveCount(0);
	await page.getByRole('button', { name: /^写入/ }).click();
	await expect(page.locator('.written')).toContainText('已写入');
	expect(feature(slug).properties.position.accuracy).toBe('surveyed');
	expect(() => checkPlacesFile(placesFile, stepsFile)).not.toThrow();
	expectClean(watch);
});

test('"use this view" writes the map bounds as a step view.box; "clear view" removes it', async ({
	page
}) => {
	const watch = await open(page);
	await page.getByRole('button', { name: '故事视图' }).click();
	await page.locator('button[data-step="coal-wharf"]').click();
	await expect(page.locator('#step-title')).toContainText('全省首座万吨级码头');
	await jumpTo(page, [116.03, 29.745], 14.2);
	const bounds = await page.evaluate(() => {
		const b = window.__editor!.map.getBounds();
		return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as Box;
	});
	await page.getByRole('button', { name: '使用当前视图' }).click();
	await expect(page.getByRole('status')).toContainText('已写入');
	await page.screenshot({ path: `${SHOTS}/editor-5-step-view.png` });

	const text = readFileSync(stepsFile, 'utf8');
	const step = JSON.parse(text).steps.find((s: { id: string }) => s.id === 'coal-wharf');
	expect(step.view.box).toEqual(roundBox(bounds));
	// Rounded to 5 decimals, and never inside the view that was shown.
	expect(step.view.box[0]).toBeLessThanOrEqual(bounds[0]);
	expect(step.view.box[2]).toBeGreaterThanOrEqual(bounds[2]);
	// Formatted as the project formats it, and still a valid story.
	const options = await prettier.resolveConfig(STEPS_FILE);
	expect(await prettier.check(text, { ...options, parser: 'json' })).toBe(true);
	expect(() => checkStory(stepsFile, placesFile)).not.toThrow();
	await expect(page.locator('button[data-step="coal-wharf"]')).toContainText('取景框');

	await page.getByRole('button', { name: '清除视图' }).click();
	await expect(page.getByRole('status')).toContainText('已删除 view.box');
	const cleared = JSON.parse(readFileSync(stepsFile, 'utf8')).steps.find(
		(s: { id: string }) => s.id === 'coal-wharf'
	);
	expect(cleared.view).toBeUndefined();
	expect(readFileSync(stepsFile, 'utf8')).toBe(readFileSync(STEPS_FILE, 'utf8'));
	expectClean(watch);
});

test("a reviewed geocoding candidate is previewed and accepted through geo:accept's path", async ({
	page
}) => {
	const watch = await open(page);
	await page.locator('button[data-slug="pipa-lake"]').click();
	await page.getByText('地理编码候选（1 条可用）').click();
	await page.getByRole('button', { name: '在图上查看并预览改动' }).click();
	const diff = page.getByTestId('diff');
	await expect(diff.locator('tr[data-field="accuracy"]')).toContainText('地理编码（geocoded）');
	await expect(diff.locator('tr[data-field="geocode"]')).toContainText('query “琵琶湖”');
	expect(feature('pipa-lake').geometry).toBeNull();
	await page.getByRole('button', { name: '采用候选 1' }).click();
	await expect(page.locator('.written')).toContainText('accuracy  unknown → geocoded');

	const lake = feature('pipa-lake');
	expect(lake.geometry).toEqual({ type: 'Point', coordinates: INSIDE_C });
	expect(lake.properties.position).toMatchObject({ accuracy: 'geocoded', radius_m: 200 });
	expect(() => checkPlacesFile(placesFile, stepsFile)).not.toThrow();
	expectClean(watch);
});
