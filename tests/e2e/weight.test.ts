// What each page costs a reader before the map: the same count as `npm run bench` (gzip of
// every JS and CSS file loaded with no interaction, less MapLibre's own files), held to the
// same budget. Byte counts do not depend on the machine, so unlike the bench's timings this
// belongs in every test run: a change that makes a cheap phone download more fails here.
import { DEFAULT_PAGES } from '../../scripts/bench/args';
import { BUDGETS } from '../../scripts/bench/budgets';
import { findMapAssets, measureBytes } from '../../scripts/bench/bytes';
import { expect, test } from './fixtures';

const map = findMapAssets('build');
const mapFiles = [...(map.chunk ? [map.chunk.file] : []), ...map.css];

test.describe('page weight before the map', () => {
	test('the build has a MapLibre chunk to set apart (else the count below means nothing)', () => {
		expect(map.chunk?.file).toMatch(/\.js$/);
		expect(map.chunk!.gzip).toBeGreaterThan(100_000);
	});

	for (const path of DEFAULT_PAGES) {
		test(`${path} loads at most ${BUDGETS.initialBytes / 1000} KB of JS and CSS (gzip) before the map, and not the map`, async ({
			browser,
			baseURL
		}) => {
			const bytes = await measureBytes(browser, `${baseURL}${path}`, mapFiles);
			expect(bytes.initialFiles.length, 'files loaded').toBeGreaterThan(0);
			expect(
				bytes.initialGzip,
				`${path}: ${bytes.initialFiles.length} files, ${bytes.initialGzip} bytes`
			).toBeLessThanOrEqual(BUDGETS.initialBytes);
			expect(bytes.mapLoadedWithoutInteraction, 'MapLibre loaded with no interaction').toBe(false);
		});
	}
});
