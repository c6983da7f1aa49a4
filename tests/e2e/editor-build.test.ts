// The location editor (npm run edit) exists only on the dev server: no page, script, style or
// endpoint of it may reach a static build.
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Strings only the editor has: its root element, its address, its title, its drawing library. */
const MARKERS = ['xy-location-editor', '__editor', '位置编辑器', 'TerraDraw', 'terra-draw'];

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter(
			(e) => e.isFile() && /\.(html|js|mjs|css|json|geojson|svg|txt|webmanifest|xml)$/.test(e.name)
		)
		.map((e) => join(e.parentPath, e.name));
}

for (const dir of ['build', 'build-online']) {
	test(`${dir}/ holds nothing of the location editor`, () => {
		test.skip(
			dir === 'build-online' && !existsSync(dir),
			'the online variant is built by npm test'
		);
		const list = files(dir);
		expect(list.length).toBeGreaterThan(20);
		const found = list.flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			return MARKERS.filter((m) => text.includes(m)).map((m) => `${file}: ${m}`);
		});
		expect(found).toEqual([]);
		expect(existsSync(join(dir, '__editor'))).toBe(false);
	});
}

test('the built site answers the editor addresses with its 404 page', async ({ request }) => {
	for (const path of ['/__editor/', '/__editor/api/state', '/src/editor/main.ts']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(404);
	}
});
