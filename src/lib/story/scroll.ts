/**
 * The page side of story navigation: scrolling a step into the part of the window where text
 * can be read, and waiting for the scroll to settle. Browser-only (call from onMount).
 */

/** Space between the sticky bars and a step's top edge after a jump, in px. */
const GAP = 12;
/** A jump with nothing to scroll fires no `scrollend`; give up waiting after this long. */
const SETTLE_MS = 400;

/**
 * Where readable text starts once the page has scrolled: the bottom of the lowest sticky bar
 * (the progress line; on a phone it sits under the sticky map). Measured from the bar's own
 * sticky offset, so it holds wherever the page is scrolled to now.
 */
export function textTop(stickyBar: HTMLElement | null): number {
	if (!stickyBar) return GAP;
	const offset = parseFloat(getComputedStyle(stickyBar).top) || 0;
	return offset + stickyBar.getBoundingClientRect().height + GAP;
}

/** The page's scroll position that puts `element`'s top edge at `top` px from the window's top. */
export function scrollTarget(element: HTMLElement, top: number): number {
	return Math.max(0, element.getBoundingClientRect().top + window.scrollY - top);
}

/** Resolves when the page's scrolling has settled (or at once if it did not move). */
function settled(): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			window.removeEventListener('scrollend', done);
			resolve();
		};
		const timer = setTimeout(done, SETTLE_MS);
		window.addEventListener('scrollend', done, { once: true });
	});
}

/** Waits for the browser's own work of this turn (e.g. restoring the scroll on Back). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Scrolls so the step's top edge sits just below the sticky bars (the opening goes to the very
 * top), without animation; optionally moves keyboard focus to the step.
 */
export async function scrollToStep(
	element: HTMLElement | null,
	stickyBar: HTMLElement | null,
	options: { focus: boolean; top?: boolean; after?: 'restore' }
): Promise<void> {
	if (options.after === 'restore') await nextTask();
	if (!element) return;
	const target = options.top ? 0 : scrollTarget(element, textTop(stickyBar));
	const moving = Math.abs(target - window.scrollY) >= 1;
	const wait = moving ? settled() : Promise.resolve();
	if (moving) window.scrollTo({ top: target, behavior: 'instant' });
	if (options.focus) element.focus({ preventScroll: true });
	await wait;
}
