import { describe, expect, it } from 'vitest';
import { StoryNavigator, type StoryView } from './navigator';

const IDS = ['opening', 'a', 'b', 'c'];

/** A page that records what the navigator asks of it; scrolls settle when `settle()` is called. */
function fakePage(position: string | null = 'opening') {
	const log: string[] = [];
	const views: StoryView[] = [];
	const pending: (() => void)[] = [];
	const page = {
		position,
		log,
		views,
		/** Lets every scroll still under way settle, in order. */
		settle: async () => {
			while (pending.length) pending.shift()!();
			await new Promise((r) => setTimeout(r, 0));
		},
		ports: {
			replaceUrl: (s: string) => log.push(`replace ${s}`),
			pushUrl: (s: string) => log.push(`push ${s}`),
			scrollTo: (s: string, o: { focus: boolean; after?: 'restore' }) => {
				log.push(`scroll ${s}${o.focus ? ' focus' : ''}${o.after ? ` after ${o.after}` : ''}`);
				return new Promise<void>((resolve) =>
					pending.push(() => {
						page.position = s;
						resolve();
					})
				);
			},
			readPosition: () => page.position,
			onchange: (v: StoryView) => views.push(v)
		}
	};
	return page;
}

describe('the story navigator', () => {
	it('a plain address does not scroll and shows the opening', async () => {
		const page = fakePage('opening');
		const nav = new StoryNavigator(IDS, page.ports);
		await nav.load(null);
		expect(page.log).toEqual([]);
		expect(nav.view).toEqual({ step: 'opening', focus: null, fly: false });
	});

	it('a plain address reloaded mid-story shows the step already on screen, without scrolling', async () => {
		const page = fakePage('b');
		const nav = new StoryNavigator(IDS, page.ports);
		await nav.load(null);
		expect(page.log).toEqual([]);
		expect(nav.view.step).toBe('b');
	});

	it('a link to a step scrolls there and the map jumps', async () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		const done = nav.load('c');
		expect(nav.view).toEqual({ step: 'c', focus: null, fly: false });
		await page.settle();
		await done;
		expect(page.log).toEqual(['scroll c']);
	});

	it('an unknown step in a link is treated as a plain address', async () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		await nav.load('nope');
		expect(page.log).toEqual([]);
		expect(nav.view.step).toBe('opening');
	});

	it('reading replaces the address and lets the map fly', () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		nav.read('a');
		expect(nav.view).toEqual({ step: 'a', focus: null, fly: true });
		expect(page.log).toEqual(['replace a']);
	});

	it('steps passed while the page scrolls itself are ignored, then it follows where it ended', async () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		const done = nav.jump('c');
		nav.read('a');
		nav.read('b');
		expect(nav.view.step).toBe('c');
		await page.settle();
		await done;
		expect(nav.steering).toBe(false);
		expect(page.log).toEqual(['push c', 'scroll c focus']);
	});

	it('a jump that ends elsewhere (the page was too short) follows the real position', async () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		const done = nav.jump('c');
		await page.settle();
		page.position = 'b';
		// The scroll settled on c, but say the reader flicked back before it was read.
		await done;
		nav.read('b');
		expect(nav.view.step).toBe('b');
	});

	it('only the latest self-scroll ends the steering', async () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		const first = nav.jump('a');
		const second = nav.jump('c');
		await page.settle();
		await Promise.all([first, second]);
		expect(nav.view.step).toBe('c');
		expect(nav.steering).toBe(false);
	});

	it('Back waits for the browser to restore the scroll, and the map jumps', async () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		const done = nav.pop('b');
		expect(nav.view).toEqual({ step: 'b', focus: null, fly: false });
		await page.settle();
		await done;
		expect(page.log).toEqual(['scroll b after restore']);
	});

	it('after Back to the same step, the next step read flies (no stale jump)', async () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		nav.read('b');
		const done = nav.pop('b');
		await page.settle();
		await done;
		nav.read('c');
		expect(nav.view).toEqual({ step: 'c', focus: null, fly: true });
	});

	it('Back to a plain address returns to the opening', async () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		nav.read('b');
		const done = nav.pop(null);
		await page.settle();
		await done;
		expect(nav.view.step).toBe('opening');
	});

	it('moving by one step from the keyboard visits each step once, and stops at the ends', async () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		const seen: string[] = [];
		for (let i = 0; i < 5; i++) {
			const done = nav.move(1);
			await page.settle();
			await done;
			seen.push(nav.view.step);
		}
		expect(seen).toEqual(['a', 'b', 'c', 'c', 'c']);
		const back = nav.move(-1);
		await page.settle();
		await back;
		expect(nav.view.step).toBe('b');
	});

	it('a tapped figure lights its place and a step change clears it', () => {
		const page = fakePage();
		const nav = new StoryNavigator(IDS, page.ports);
		nav.read('a');
		nav.figure('wharf');
		expect(nav.view).toEqual({ step: 'a', focus: 'wharf', fly: true });
		nav.read('b');
		expect(nav.view.focus).toBeNull();
	});

	it('refuses an empty story', () => {
		expect(() => new StoryNavigator([], fakePage().ports)).toThrow(/at least one step/);
	});
});
