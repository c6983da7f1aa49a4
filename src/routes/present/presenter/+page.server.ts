import { presentation } from '$lib/server/present';

export function load() {
	return presentation({ notes: true });
}
