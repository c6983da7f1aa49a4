import { expect, test } from './fixtures';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

test.describe('accessibility (axe-core)', () => {
	// axe is injected as a script: let the test tool past the site's Content-Security-Policy.
	test.use({ bypassCSP: true });

	for (const path of ['/', '/report/', '/site/', '/site/binjiang-road/', '/site/nope/']) {
		test(`${path} has no serious or critical violations`, async ({ page }) => {
			await page.goto(path);
			await page.addScriptTag({ path: axePath });
			const violations = await page.evaluate(async () => {
				const axe = (
					window as unknown as {
						axe: {
							run: (o: unknown) => Promise<{
								violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
							}>;
						};
					}
				).axe;
				const result = await axe.run({
					runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']
				});
				return result.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map(
						(v) =>
							`${v.id}: ${v.nodes
								.map((n) => n.target.join(' '))
								.slice(0, 3)
								.join(', ')}`
					);
			});
			expect(violations).toEqual([]);
		});
	}
});

test.describe('the full report', () => {
	test('every paragraph is in the prerendered page and a paragraph link opens on it', async ({
		page,
		request
	}) => {
		const report = JSON.parse(
			(await import('node:fs')).readFileSync('src/lib/content/generated/report.json', 'utf8')
		) as { paragraphs: { id: string; text: string }[] };
		const html = await (await request.get('/report/')).text();
		for (const p of report.paragraphs) expect(html).toContain(`id="${p.id}"`);
		await page.goto('/report/#p-zhi-zhu-chan-ye-die-dai-sheng-ji');
		await expect(page.locator('#p-zhi-zhu-chan-ye-die-dai-sheng-ji > p.text')).toContainText(
			'全省首座万吨级码头国能九江发电煤码头落户浔阳并投入使用'
		);
		await expect(page.locator('#p-zhi-zhu-chan-ye-die-dai-sheng-ji')).toBeInViewport();
		// The paragraph names a mapped place: its name in the text links to that place's page
		// (exact name: the paragraph's place list links there too, as “在地图上看：…”).
		await page
			.locator('#p-zhi-zhu-chan-ye-die-dai-sheng-ji')
			.getByRole('link', { name: '国能九江发电煤码头', exact: true })
			.click();
		await expect(page).toHaveURL(/\/site\/guoneng-coal-wharf\/$/);
	});
});

test.describe('the report explains its own terms', () => {
	test('tapping 两湖 in a paragraph shows the glossary definition', async ({ page }) => {
		await page.goto('/report/');
		const term = page
			.locator('#p-zhe-yi-nian-xun-yang-wen-lv-liang')
			.getByRole('button', { name: /两湖/ })
			.first();
		await term.click();
		const tip = page.getByRole('dialog').filter({ hasText: '即甘棠湖、南门湖' });
		await expect(tip).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story text, quotes and links read in order', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('浔阳区人民政府工作报告');
		await expect(page.locator('#step-dazhong-road blockquote').first()).toContainText(
			'大中路历史文化街区一期改造提升项目'
		);
		// Steps come in the story's order in the page.
		const order = await page
			.locator('[data-step-id]')
			.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.stepId));
		expect(order.slice(0, 3)).toEqual(['opening', 'inspection', 'coal-wharf']);
		// A step link works as a plain anchor.
		await page.goto('/#step-two-lakes');
		await expect(page.locator('#step-two-lakes')).toBeInViewport();
	});
});
