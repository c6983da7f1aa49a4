import { replaceState } from '$app/navigation';
import { indexFromHash, step, type DeckState, type Shown } from './deck';
import { presentKey, type Command } from './keys';
import { CHANNEL, DeckSync } from './sync';

/**
 * One window of a presentation: the slide index (the single state; the page derives the text
 * and the map from it), the keys, and the link to the other windows. The audience and the
 * presenter pages each hold one.
 */
export class PresentSession {
	#ids: () => readonly string[];
	deck: DeckState = $state({ shown: { index: 0, black: false }, typed: '' });
	/** Another window of the presentation has spoken (this one may never get a key of its own). */
	heard = $state(false);
	/** Whether other windows can follow this one (BroadcastChannel exists). */
	linked = $state(false);
	#sync: DeckSync | null = null;

	/** `ids`: the stop id of every slide, in order. */
	constructor(ids: () => readonly string[]) {
		this.#ids = ids;
	}

	get ids(): readonly string[] {
		return this.#ids();
	}

	get total(): number {
		return this.ids.length;
	}

	get index(): number {
		return this.deck.shown.index;
	}

	/** Reads the slide from the address, joins the other windows and listens to the keys. */
	start(): () => void {
		const index = indexFromHash(location.hash, this.ids) ?? 0;
		this.deck = { shown: { index, black: false }, typed: '' };
		let channel: BroadcastChannel | null = null;
		if (typeof BroadcastChannel === 'function') {
			const ch = new BroadcastChannel(CHANNEL);
			channel = ch;
			const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
			const sync = new DeckSync(id, { post: (m) => ch.postMessage(m) }, this.deck.shown, (shown) =>
				this.#show(shown)
			);
			ch.onmessage = (event) => {
				this.heard = true;
				sync.receive(event.data);
			};
			this.#sync = sync;
			this.linked = true;
			sync.hello();
		}
		// Once the router has started (it cannot change the address while the page hydrates).
		const first = setTimeout(() => this.#writeAddress(), 0);
		const onkey = (event: KeyboardEvent) => {
			const command = presentKey(event);
			if (!command) return;
			event.preventDefault();
			this.command(command);
		};
		// An address typed by hand (…/present/#coal-wharf) goes to that slide.
		const onhash = () => {
			const linked = indexFromHash(location.hash, this.ids);
			if (linked === null || linked === this.deck.shown.index) return;
			this.deck = { shown: { ...this.deck.shown, index: linked }, typed: '' };
			this.#sync?.set(this.deck.shown);
		};
		window.addEventListener('keydown', onkey);
		window.addEventListener('hashchange', onhash);
		return () => {
			clearTimeout(first);
			window.removeEventListener('keydown', onkey);
			window.removeEventListener('hashchange', onhash);
			channel?.close();
			this.#sync = null;
		};
	}

	/** A key or a button: the new state, told to the other windows. */
	command(command: Command): void {
		const { state, effect } = step(this.deck, command, this.total);
		this.deck = state;
		this.#sync?.set(state.shown);
		this.#writeAddress();
		if (effect === 'fullscreen') toggleFullscreen();
		if (effect === 'exit-fullscreen' && document.fullscreenElement) {
			document.exitFullscreen().catch(() => undefined);
		}
	}

	/** Another window changed what is shown. */
	#show(shown: Shown): void {
		this.deck = { shown, typed: this.deck.typed };
		this.#writeAddress();
	}

	/** The address names the slide, so a reload (or F5 from a clicker) comes back to it. */
	#writeAddress(): void {
		const hash = `#${this.ids[this.deck.shown.index]}`;
		if (location.hash !== hash) {
			replaceState(`${location.pathname}${location.search}${hash}`, {});
		}
	}
}

function toggleFullscreen(): void {
	if (document.fullscreenElement) {
		document.exitFullscreen().catch(() => undefined);
	} else {
		document.documentElement.requestFullscreen?.().catch(() => undefined);
	}
}
