/**
 * The reader's first sign of wanting more than the page as first painted: a scroll, a wheel,
 * a touch, a pointer moving or pressed, a key. The map starts on it, so nothing of MapLibre
 * runs while the page is first read (and measured).
 */
export const INTENT_EVENTS = [
	'scroll',
	'wheel',
	'touchstart',
	'pointerdown',
	'pointermove',
	'keydown'
] as const;

/** Calls `go` once, on the first intent; returns a function that stops listening. */
export function whenIntent(go: () => void, target: EventTarget = window): () => void {
	let done = false;
	const stop = () => {
		for (const type of INTENT_EVENTS) target.removeEventListener(type, fire, { capture: true });
	};
	function fire() {
		if (done) return;
		done = true;
		stop();
		go();
	}
	for (const type of INTENT_EVENTS) {
		target.addEventListener(type, fire, { capture: true, passive: true });
	}
	return stop;
}
