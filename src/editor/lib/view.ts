/**
 * A story step's view box from the editor's map: [west, south, east, north] in degrees,
 * rounded outwards to 5 decimals (about 1 m) so the stored box still holds all that was shown.
 */
export type Box = [number, number, number, number];

export const BOX_DECIMALS = 5;

export function roundBox([w, s, e, n]: Box, decimals = BOX_DECIMALS): Box {
	const f = 10 ** decimals;
	// The tolerance keeps a value already on the grid where it is (116.12345 * 1e5 is
	// 11612344.999999998 in binary); toFixed drops the noise of the division.
	const fix = (v: number) => Number(v.toFixed(decimals));
	const down = (v: number) => fix(Math.floor(v * f + 1e-6) / f);
	const up = (v: number) => fix(Math.ceil(v * f - 1e-6) / f);
	return [down(w), down(s), up(e), up(n)];
}
