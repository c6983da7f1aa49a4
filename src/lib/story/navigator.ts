/**
 * Story navigation: which step is shown, how the address follows it, and whether the map may
 * fly there. Every way of moving through the story goes through one method here, so the page
 * holds no order-dependent flags:
 *
 * | cause                  | address          | page scroll          | map     |
 * | ---------------------- | ---------------- | -------------------- | ------- |
 * | first load             | kept             | to the linked step   | jumps   |
 * | the reader scrolls     | replaced         | (the reader's own)   | flies   |
 * | a jump (menu, map)     | pushed (Back)    | to the step, focused | flies   |
 * | a key (↓ ↑ PageDown …) | replaced         | to the step, focused | flies   |
 * | Back / Forward         | (the browser's)  | to the step          | jumps   |
 * | a tapped figure        | kept             | none                 | flies   |
 *
 * While the page scrolls itself, the steps it passes are not being read and are ignored; when
 * the scroll settles, the story follows wherever it really ended. Each self-scroll has a token
 * and only the latest may end the steering, so an old scroll that settles late cannot claim
 * the page. "Flies" is a permission: the reader's motion setting still applies on top.
 */

export interface StoryView {
	/** The step shown; `opening` is the title page. */
	step: string;
	/** A place lit by tapping one of its figures, or null. */
	focus: string | null;
	/** May the map fly to this view (true) or must it jump (false)? */
	fly: boolean;
}

export interface NavigatorPorts {
	/** Write the step into the address without a history entry. */
	replaceUrl(step: string): void;
	/** Write the step into the address as a new history entry. */
	pushUrl(step: string): void;
	/**
	 * Scroll the page so the step's title is in view, without animation; resolves once the
	 * scroll has settled. `after` lets the browser finish its own scroll restoration first.
	 */
	scrollTo(step: string, options: { focus: boolean; after?: 'restore' }): Promise<void>;
	/** The step the current scroll position shows, or null if it cannot tell. */
	readPosition(): string | null;
	/** Called with every new view. */
	onchange(view: StoryView): void;
}

export class StoryNavigator {
	readonly ids: readonly string[];
	#ports: NavigatorPorts;
	#view: StoryView;
	#token = 0;
	#steering = false;

	/** `ids`: every step in reading order, the opening first. */
	constructor(ids: readonly string[], ports: NavigatorPorts) {
		if (ids.length === 0) throw new Error('StoryNavigator needs at least one step');
		this.ids = ids;
		this.#ports = ports;
		this.#view = { step: ids[0], focus: null, fly: false };
	}

	get view(): StoryView {
		return this.#view;
	}

	/** True while the page is scrolling itself. */
	get steering(): boolean {
		return this.#steering;
	}

	#set(view: StoryView): void {
		this.#view = view;
		this.#ports.onchange(view);
	}

	#known(step: string | null): step is string {
		return step !== null && this.ids.includes(step);
	}

	async #steer(step: string, options: { focus: boolean; after?: 'restore' }): Promise<void> {
		const token = ++this.#token;
		this.#steering = true;
		await this.#ports.scrollTo(step, options);
		if (token !== this.#token) return;
		this.#steering = false;
		const here = this.#ports.readPosition();
		if (this.#known(here) && here !== this.#view.step) {
			// The scroll ended somewhere else (a short page, the reader's own flick): follow it.
			this.#set({ step: here, focus: null, fly: false });
			this.#ports.replaceUrl(here);
		}
	}

	/**
	 * First load. A link to a step opens on it; a plain address stays exactly where the browser
	 * put the page (the top, for a new visit) and shows whatever step is there.
	 */
	async load(linked: string | null): Promise<void> {
		if (this.#known(linked)) {
			this.#set({ step: linked, focus: null, fly: false });
			await this.#steer(linked, { focus: false });
			return;
		}
		const here = this.#ports.readPosition();
		this.#set({ step: this.#known(here) ? here : this.ids[0], focus: null, fly: false });
	}

	/** The reader's scrolling brought a step into reading position. */
	read(step: string): void {
		if (this.#steering || !this.#known(step) || step === this.#view.step) return;
		this.#set({ step, focus: null, fly: true });
		this.#ports.replaceUrl(step);
	}

	/** An explicit jump (the menu, a place on the map): a history entry, so Back returns. */
	async jump(step: string): Promise<void> {
		if (!this.#known(step)) return;
		this.#ports.pushUrl(step);
		this.#set({ step, focus: null, fly: true });
		await this.#steer(step, { focus: true });
	}

	/** One step forward (+1) or back (-1), e.g. from the keyboard or a clicker. */
	async move(delta: 1 | -1): Promise<void> {
		const index = this.ids.indexOf(this.#view.step);
		const next = this.ids[Math.min(this.ids.length - 1, Math.max(0, index + delta))];
		if (next === this.#view.step) return;
		this.#ports.replaceUrl(next);
		this.#set({ step: next, focus: null, fly: true });
		await this.#steer(next, { focus: true });
	}

	/** Back/Forward: the address already names the step; the map jumps there. */
	async pop(linked: string | null): Promise<void> {
		const step = this.#known(linked) ? linked : this.ids[0];
		this.#set({ step, focus: null, fly: false });
		await this.#steer(step, { focus: false, after: 'restore' });
	}

	/** A figure in the text was tapped: light its place (null clears it). */
	figure(place: string | null): void {
		this.#set({ ...this.#view, focus: place, fly: true });
	}
}
