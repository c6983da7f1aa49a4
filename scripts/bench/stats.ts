// Pure statistics for the benchmark: medians and per-run comparisons with the floor page.

/** The median of the numbers given, ignoring missing values; null when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
	const xs = values
		.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const mid = Math.floor(xs.length / 2);
	return xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/**
 * How a page compares with the floor page, run by run (run i of the page against run i of the
 * floor, measured moments apart under the same machine load), then the median over runs.
 * `ratio` skips runs where the floor is 0 (no ratio exists); `delta` is page − floor.
 */
export function relativeToFloor(
	page: readonly (number | null | undefined)[],
	floor: readonly (number | null | undefined)[],
	mode: 'ratio' | 'delta'
): number | null {
	const perRun: number[] = [];
	for (let i = 0; i < Math.min(page.length, floor.length); i++) {
		const p = page[i];
		const f = floor[i];
		if (typeof p !== 'number' || typeof f !== 'number') continue;
		if (mode === 'ratio') {
			if (f > 0) perRun.push(p / f);
		} else perRun.push(p - f);
	}
	return median(perRun);
}
