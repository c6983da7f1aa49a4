import { expect, test } from '@playwright/test';
import { serve, type Served } from '../../scripts/bench/server';
import { measureStory } from '../../scripts/bench/timings';

// The benchmark's story timings (npm run bench) read the app's xy: User Timing marks. A
// fixture page emits them with known delays, so the measurement itself is checked here.
let fixture: Served;
test.beforeAll(async () => {
	fixture = await serve('scripts/bench/fixture');
});
test.afterAll(async () => {
	await fixture?.stop();
});

test.describe('the benchmark story timings', () => {
	test('measure step → camera start and first intent → drawn map from the marks', async ({
		browser
	}) => {
		const run = await measureStory(browser, `${fixture.origin}/?camera=40&draw=600`, {
			stepTimeout: 3000
		});
		expect(run.marksSeen).toBe(true);
		expect(run.intent.note).toBeUndefined();
		// The fixture waits 600 ms after the intent; timers may run late on a busy machine.
		expect(run.intent.value).toBeGreaterThanOrEqual(595);
		expect(run.intent.value).toBeLessThan(1200);
		expect(run.steps.map((s) => s.step)).toEqual(['wharf', 'lake', 'park', 'closing']);
		for (const s of run.steps) {
			expect(s.latency, `step ${s.step}`).not.toBeNull();
			expect(s.latency!).toBeGreaterThanOrEqual(35);
			expect(s.latency!).toBeLessThan(400);
		}
	});

	test('report missing marks as missing, without waiting on every step', async ({ browser }) => {
		const started = Date.now();
		const run = await measureStory(browser, `${fixture.origin}/?marks=0`, { stepTimeout: 2000 });
		expect(run.marksSeen).toBe(false);
		expect(run.intent).toEqual({ value: null, note: 'marks missing' });
		expect(run.steps).toEqual([{ step: 'wharf', latency: null, problem: 'no step-active mark' }]);
		expect(Date.now() - started).toBeLessThan(15_000);
	});
});
