import type { Shown } from './deck';

/**
 * Keeping the windows of one presentation in step (the presenter's and the audience's, on the
 * same machine) over a BroadcastChannel: no server, no network.
 *
 * Every window may change the slide (a clicker talks to whichever window has focus), so each
 * change carries a stamp: a Lamport clock `seq` and the sender's id. A window takes a state
 * only if its stamp is newer than the one it shows (higher seq; equal seq, higher id), so
 * however messages interleave every window ends on the same last change: last writer wins.
 * A window that opens says `hello`; the others answer `welcome` with what they show, and a
 * newcomer that has not changed anything yet takes it.
 */
export const CHANNEL = 'xy-present';

export interface Stamp {
	seq: number;
	from: string;
}

export type Message =
	| ({ type: 'state' } & Stamp & Shown)
	| ({ type: 'welcome' } & Stamp & Shown)
	| { type: 'hello'; from: string };

/** Is stamp `a` newer than stamp `b`? */
export function newer(a: Stamp, b: Stamp): boolean {
	return a.seq > b.seq || (a.seq === b.seq && a.from > b.from);
}

const isStamp = (m: Record<string, unknown>) =>
	typeof m.from === 'string' && Number.isInteger(m.seq) && (m.seq as number) >= 0;
const isShown = (m: Record<string, unknown>) =>
	Number.isInteger(m.index) && (m.index as number) >= 0 && typeof m.black === 'boolean';

/** Whether data from the channel is one of our messages (anything else is ignored). */
export function isMessage(data: unknown): data is Message {
	if (typeof data !== 'object' || data === null) return false;
	const m = data as Record<string, unknown>;
	if (m.type === 'hello') return typeof m.from === 'string';
	if (m.type === 'state' || m.type === 'welcome') return isStamp(m) && isShown(m);
	return false;
}

/** How a DeckSync talks to the other windows (a BroadcastChannel; a fake in unit tests). */
export interface Port {
	post(message: Message): void;
}

export class DeckSync {
	readonly id: string;
	#port: Port;
	#shown: Shown;
	#stamp: Stamp;
	/** The highest seq seen anywhere: the next local change is one more. */
	#clock = 0;
	#onchange: (shown: Shown) => void;

	/**
	 * `initial`: what this window shows before it hears from any other (e.g. from its address).
	 * `onchange` is called whenever another window's state is taken.
	 */
	constructor(id: string, port: Port, initial: Shown, onchange: (shown: Shown) => void) {
		this.id = id;
		this.#port = port;
		this.#shown = initial;
		this.#stamp = { seq: 0, from: id };
		this.#onchange = onchange;
	}

	get shown(): Shown {
		return this.#shown;
	}

	get stamp(): Stamp {
		return this.#stamp;
	}

	/** Ask the windows already open what they show. */
	hello(): void {
		this.#port.post({ type: 'hello', from: this.id });
	}

	/** This window changed what is shown: tell the others. */
	set(shown: Shown): void {
		if (shown.index === this.#shown.index && shown.black === this.#shown.black) return;
		this.#clock += 1;
		this.#stamp = { seq: this.#clock, from: this.id };
		this.#shown = { index: shown.index, black: shown.black };
		this.#port.post({ type: 'state', ...this.#stamp, ...this.#shown });
	}

	/** A message from another window. */
	receive(data: unknown): void {
		if (!isMessage(data) || data.from === this.id) return;
		if (data.type === 'hello') {
			this.#port.post({ type: 'welcome', ...this.#stamp, ...this.#shown });
			return;
		}
		this.#clock = Math.max(this.#clock, data.seq);
		// A welcome answers a newcomer: while it has neither changed nor taken anything, the show
		// that is already running wins even against its own id. (Only then: a window already in
		// the show judges a welcome like any state, so concurrent changes still settle one way.)
		const fresh = this.#stamp.seq === 0 && this.#stamp.from === this.id;
		const take = newer(data, this.#stamp) || (data.type === 'welcome' && fresh);
		if (!take) return;
		this.#stamp = { seq: data.seq, from: data.from };
		const changed = data.index !== this.#shown.index || data.black !== this.#shown.black;
		this.#shown = { index: data.index, black: data.black };
		if (changed) this.#onchange(this.#shown);
	}
}
