import { districtBox } from '$lib/server/district';

export function load() {
	return { districtBox: districtBox() };
}
