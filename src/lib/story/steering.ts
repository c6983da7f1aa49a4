/**
 * The page scrolling itself to a step (a jump, Back/Forward, a shared link). While it steers,
 * the steps it passes are not being read, so the story ignores them; when it stops, `settled`
 * runs so the story can follow wherever the scroll really ended. Each self-scroll gets a
 * token and only the latest may end the steering, so an old scroll that finishes late (one
 * interrupted by Back, say) cannot claim the page.
 */
export class Steering {
	#timer: ReturnType<typeof setTimeout> | undefined;
	#token = 0;
	#settled: () => void;

	constructor(settled: () => void) {
		this.#settled = settled;
	}

	get active(): boolean {
		return this.#timer !== undefined;
	}

	/** Steer for at most `ms` milliseconds; returns the token that may end it. */
	hold(ms: number): number {
		const token = ++this.#token;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.release(token), ms);
		return token;
	}

	release(token: number): void {
		if (token !== this.#token) return;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#settled();
	}

	/** Jumps the page to step `id` (no smooth scroll), optionally moving focus to it. */
	scrollTo(id: string, focus = false): void {
		const token = this.hold(400);
		window.addEventListener('scrollend', () => this.release(token), { once: true });
		const target = document.getElementById(`step-${id}`);
		target?.scrollIntoView({ behavior: 'instant', block: 'start' });
		if (focus) target?.focus({ preventScroll: true });
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
