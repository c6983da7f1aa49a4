/**
 * Which step is being read: the last one whose top edge has passed the trigger line.
 * Computed from the steps' positions, not from the order of scroll events, so a fast
 * scroll that fires many events in any order still lands on the right step.
 */
export function activeIndex(tops: number[], triggerLine: number): number {
	let index = 0;
	for (let i = 0; i < tops.length; i++) {
		if (tops[i] <= triggerLine) index = i;
		else break;
	}
	return index;
}
