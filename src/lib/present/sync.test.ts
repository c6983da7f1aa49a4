import { describe, expect, it } from 'vitest';
import type { Shown } from './deck';
import { DeckSync, isMessage, newer, type Message } from './sync';

/**
 * A stand-in for BroadcastChannel between windows: each sender's messages reach each other
 * window in order (as the channel guarantees), but the queues of different senders drain in
 * an order the test chooses, so messages from two windows interleave arbitrarily.
 */
class Bus {
	windows = new Map<string, DeckSync>();
	queues = new Map<string, Message[]>(); // key: `${from}>${to}`

	open(id: string, initial: Shown, hello = true): DeckSync {
		const sync = new DeckSync(id, { post: (m) => this.#post(id, m) }, initial, () => undefined);
		this.windows.set(id, sync);
		if (hello) sync.hello();
		return sync;
	}

	#post(from: string, message: Message) {
		for (const to of this.windows.keys()) {
			if (to === from) continue;
			const key = `${from}>${to}`;
			this.queues.set(key, [...(this.queues.get(key) ?? []), structuredClone(message)]);
		}
	}

	/** Delivers one message from a non-empty queue picked by `pick` (0 ≤ pick < 1). */
	deliverOne(pick: number): boolean {
		const ready = [...this.queues.entries()].filter(([, q]) => q.length > 0);
		if (ready.length === 0) return false;
		const [key, queue] = ready[Math.floor(pick * ready.length)];
		const message = queue.shift()!;
		this.windows.get(key.split('>')[1])!.receive(message);
		return true;
	}

	drain(random: () => number = () => 0) {
		while (this.deliverOne(random())) {
			/* deliver everything */
		}
	}
}

/** A small seeded generator, so a failing interleaving can be replayed. */
function seeded(seed: number) {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2 ** 31;
		return s / 2 ** 31;
	};
}

const slide = (index: number, black = false): Shown => ({ index, black });

describe('presentation sync', () => {
	it('orders stamps by seq, then by window id', () => {
		expect(newer({ seq: 2, from: 'a' }, { seq: 1, from: 'z' })).toBe(true);
		expect(newer({ seq: 2, from: 'b' }, { seq: 2, from: 'a' })).toBe(true);
		expect(newer({ seq: 2, from: 'a' }, { seq: 2, from: 'a' })).toBe(false);
	});

	it('ignores anything on the channel that is not one of its messages', () => {
		expect(isMessage({ type: 'state', seq: 1, from: 'p', index: 2, black: false })).toBe(true);
		expect(isMessage({ type: 'state', seq: -1, from: 'p', index: 2, black: false })).toBe(false);
		expect(isMessage({ type: 'state', seq: 1, from: 'p', index: 1.5, black: false })).toBe(false);
		expect(isMessage({ type: 'hello' })).toBe(false);
		expect(isMessage('next')).toBe(false);
		const bus = new Bus();
		const a = bus.open('a', slide(3));
		a.receive({ type: 'state', seq: 9, from: 'b', index: 'x', black: false });
		expect(a.shown).toEqual(slide(3));
	});

	it('ends in agreement after ten quick presses in the presenter window', () => {
		const bus = new Bus();
		const presenter = bus.open('presenter', slide(0));
		const audience = bus.open('audience', slide(0));
		bus.drain();
		for (let i = 1; i <= 10; i++) presenter.set(slide(i));
		// The audience passes through the presses in order and stops on the last.
		const seen: number[] = [];
		while (bus.deliverOne(0)) seen.push(audience.shown.index);
		expect(audience.shown).toEqual(slide(10));
		expect(seen.filter((v, i) => v !== seen[i - 1])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	it('agrees whatever the interleaving when both windows are pressed at once', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const random = seeded(seed);
			const bus = new Bus();
			const windows = [bus.open('presenter', slide(0)), bus.open('audience', slide(0))];
			bus.drain(random);
			for (let press = 0; press < 10; press++) {
				const w = windows[Math.floor(random() * 2)];
				w.set(slide(Math.floor(random() * 12), random() < 0.2));
				// Some messages arrive between presses, some later.
				if (random() < 0.5) bus.deliverOne(random());
			}
			bus.drain(random);
			expect(windows[0].shown, `seed ${seed}`).toEqual(windows[1].shown);
			expect(windows[0].stamp, `seed ${seed}`).toEqual(windows[1].stamp);
		}
	});

	it('agrees when a window opens while the others are being pressed', () => {
		for (let seed = 1; seed <= 300; seed++) {
			const random = seeded(seed);
			const bus = new Bus();
			const windows = [bus.open('m-presenter', slide(0)), bus.open('m-audience', slide(0))];
			bus.drain(random);
			const opensAt = Math.floor(random() * 10);
			for (let press = 0; press < 10; press++) {
				if (press === opensAt) windows.push(bus.open(random() < 0.5 ? 'a-new' : 'z-new', slide(0)));
				const w = windows[Math.floor(random() * 2)];
				w.set(slide(Math.floor(random() * 12)));
				if (random() < 0.6) bus.deliverOne(random());
			}
			bus.drain(random);
			for (const w of windows) expect(w.stamp, `seed ${seed}`).toEqual(windows[0].stamp);
			for (const w of windows) expect(w.shown, `seed ${seed}`).toEqual(windows[0].shown);
		}
	});

	it('brings a newly opened window to the slide already shown', () => {
		const bus = new Bus();
		const presenter = bus.open('presenter', slide(0));
		presenter.set(slide(4));
		bus.drain();
		// Opened at its own address's slide, it takes the running show's.
		const audience = bus.open('audience', slide(0));
		bus.drain();
		expect(audience.shown).toEqual(slide(4));
		expect(presenter.shown).toEqual(slide(4));
	});

	it('lets a new window join a show no one has moved yet, whatever the window ids', () => {
		const bus = new Bus();
		const first = bus.open('zz-first', slide(2));
		const late = bus.open('aa-late', slide(0));
		bus.drain();
		expect(late.shown).toEqual(slide(2));
		expect(first.shown).toEqual(slide(2));
	});

	it('keeps a window alone on its own slide (nobody answers)', () => {
		const bus = new Bus();
		const alone = bus.open('alone', slide(5));
		bus.drain();
		expect(alone.shown).toEqual(slide(5));
	});

	it('does not broadcast a change that changes nothing', () => {
		const posted: Message[] = [];
		const sync = new DeckSync('a', { post: (m) => posted.push(m) }, slide(1), () => undefined);
		sync.set(slide(1));
		expect(posted).toEqual([]);
		sync.set(slide(2));
		expect(posted).toEqual([{ type: 'state', seq: 1, from: 'a', index: 2, black: false }]);
	});

	it('tells the page when another window changed the slide or the black screen', () => {
		const changes: Shown[] = [];
		const sync = new DeckSync('a', { post: () => undefined }, slide(1), (s) => changes.push(s));
		sync.receive({ type: 'state', seq: 1, from: 'b', index: 1, black: true });
		sync.receive({ type: 'state', seq: 2, from: 'b', index: 3, black: true });
		sync.receive({ type: 'state', seq: 1, from: 'c', index: 7, black: false }); // older: ignored
		expect(changes).toEqual([slide(1, true), slide(3, true)]);
	});
});
