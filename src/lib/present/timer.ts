/**
 * The presenter's stopwatch: start, pause, reset. Pure values over a clock reading (ms), so
 * the page can keep it in a rune and redraw once a second.
 */
export interface Stopwatch {
	/** When the running stretch started (null while paused). */
	since: number | null;
	/** Time of the stretches that have ended. */
	banked: number;
}

export const STOPPED: Stopwatch = { since: null, banked: 0 };

export const running = (w: Stopwatch) => w.since !== null;

export function start(w: Stopwatch, now: number): Stopwatch {
	return w.since === null ? { since: now, banked: w.banked } : w;
}

export function pause(w: Stopwatch, now: number): Stopwatch {
	return w.since === null ? w : { since: null, banked: w.banked + Math.max(0, now - w.since) };
}

export function elapsed(w: Stopwatch, now: number): number {
	return w.banked + (w.since === null ? 0 : Math.max(0, now - w.since));
}

/** 0:00:00, with hours, since a long session may pass the hour. */
export function formatElapsed(ms: number): string {
	const total = Math.floor(Math.max(0, ms) / 1000);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${Math.floor(total / 3600)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}
