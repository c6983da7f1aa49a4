import type { Plugin } from 'vite';

/** What of steps.json only authors and the presenter view use (the latter built on the server). */
const AUTHORS_ONLY = ['notes'] as const;

/**
 * The story file as readers' browsers get it: the file's own `$comment` and each step's
 * presenter notes left out, everything else as written. Throws on a file that is not the
 * story's shape, so a broken file still fails the build by name (story-check says why).
 */
export function readersCopy(json: string): string {
	const data = JSON.parse(json) as { steps?: unknown };
	if (!Array.isArray(data.steps)) throw new Error('steps.json: no "steps" list');
	const steps = data.steps.map((step: Record<string, unknown>) => {
		const copy = { ...step };
		for (const key of AUTHORS_ONLY) delete copy[key];
		return copy;
	});
	return JSON.stringify({ steps });
}

/**
 * Vite plugin: the browser's copy of src/lib/story/steps.json carries no presenter notes and
 * no file comment (about 0.4 KB gzip off the story page's first load). Server code (the build's
 * checks, the presenter view's slides) reads the whole file.
 */
export function storyForReaders(): Plugin {
	return {
		name: 'xunyang-story-for-readers',
		enforce: 'pre',
		transform(code, id, options) {
			if (options?.ssr || !/[\\/]src[\\/]lib[\\/]story[\\/]steps\.json$/.test(id)) return null;
			return { code: readersCopy(code), map: null };
		}
	};
}
