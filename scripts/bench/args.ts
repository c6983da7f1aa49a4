// Command-line options of `npm run bench`.
import { parseArgs } from 'node:util';

export const DEFAULT_PAGES = [
	'/',
	'/site/guoneng-coal-wharf/',
	'/site/',
	'/report/',
	'/explore/',
	'/present/'
];
/** The page with no map: every other page's LCP and TBT are compared with it. */
export const FLOOR_PAGE = '/site/';
export const PARTS = ['lighthouse', 'bytes', 'timings'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
	runs: number;
	pages: string[];
	build: boolean;
	strict: boolean;
	only: Part[];
	help: boolean;
}

export const USAGE = `npm run bench -- [options]

  --runs N          Lighthouse runs per page, interleaved (default 3); also story timing loads
  --pages /,/site/  pages to measure (default: ${DEFAULT_PAGES.join(',')})
                    the floor page ${FLOOR_PAGE} is always measured by Lighthouse (ratios need it)
  --no-build        measure the existing build/ instead of running npm run build first
  --only PARTS      some of lighthouse,bytes,timings (default: all)
  --strict          exit 1 when a budget fails or could not be measured (default: always 0)
  --help`;

/** A site path with a leading and a trailing slash, as the site's URLs are. */
export function normalizePath(path: string): string {
	const p = path.trim();
	if (!p.startsWith('/')) throw new Error(`--pages: "${p}" must start with /`);
	return p.endsWith('/') ? p : `${p}/`;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
	const { values } = parseArgs({
		args: [...argv],
		strict: true,
		allowPositionals: false,
		options: {
			runs: { type: 'string' },
			pages: { type: 'string' },
			'no-build': { type: 'boolean' },
			strict: { type: 'boolean' },
			only: { type: 'string' },
			help: { type: 'boolean' }
		}
	});
	const runs = values.runs === undefined ? 3 : Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1)
		throw new Error(`--runs: "${values.runs}" is not a whole number ≥ 1`);
	const pages = values.pages
		? [
				...new Set(
					values.pages
						.split(',')
						.filter((p) => p.trim())
						.map(normalizePath)
				)
			]
		: [...DEFAULT_PAGES];
	if (pages.length === 0) throw new Error('--pages: no page given');
	const only = values.only ? values.only.split(',').map((p) => p.trim()) : [...PARTS];
	for (const part of only) {
		if (!(PARTS as readonly string[]).includes(part)) {
			throw new Error(`--only: "${part}" is not one of ${PARTS.join(', ')}`);
		}
	}
	return {
		runs,
		pages,
		build: !values['no-build'],
		strict: Boolean(values.strict),
		only: only as Part[],
		help: Boolean(values.help)
	};
}

/** The pages Lighthouse runs: the ones asked for, plus the floor page when it is missing. */
export function lighthousePages(pages: readonly string[]): string[] {
	return pages.includes(FLOOR_PAGE) ? [...pages] : [...pages, FLOOR_PAGE];
}

/** Interleaved order: run 1 of every page, then run 2 of every page, … */
export function interleave(
	pages: readonly string[],
	runs: number
): { page: string; run: number }[] {
	const order: { page: string; run: number }[] = [];
	for (let run = 0; run < runs; run++) for (const page of pages) order.push({ page, run });
	return order;
}
