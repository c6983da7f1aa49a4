// Plain-text tables and the printed report.
import { fmt, type BudgetLine } from './budgets';
import type { MapAssets } from './bytes';
import { median } from './stats';
import type { PageSummary, TimingSummary } from './summary';

export type Align = 'left' | 'right';

/**
 * Lays out rows under a header in aligned columns. A row with a single cell is a note that
 * runs across the remaining columns (e.g. "not built yet").
 */
export function formatTable(
	header: readonly string[],
	rows: readonly (readonly string[])[],
	align: readonly Align[] = []
): string {
	const widths = header.map((h, i) =>
		Math.max(h.length, ...rows.filter((r) => r.length > 1).map((r) => (r[i] ?? '').length))
	);
	const render = (cells: readonly string[]) => {
		if (cells.length === 1) return cells[0];
		return cells
			.map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	};
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	return [render(header), rule, ...rows.map((r) => (r.length === 1 ? `${r[0]}` : render(r)))].join(
		'\n'
	);
}

const or = <T>(v: T | null | undefined, show: (v: T) => string, none = '—') =>
	v === null || v === undefined ? none : show(v);
const msCell = (v: number) => String(Math.round(v));

export const PAGE_HEADER = [
	'page',
	'LCP ms',
	'FCP ms',
	'TBT ms',
	'CLS',
	'SI ms',
	'Perf',
	'A11y',
	'BP',
	'SEO',
	'LCP/floor',
	'TBT/floor',
	'TBT−floor',
	'JS+CSS before map (gz)',
	'runs ok'
];

/** One table row per page; a page that is not built yet gets a single explanatory cell. */
export function pageRow(p: PageSummary): string[] {
	if (!p.built)
		return [`${p.path.padEnd(PAGE_HEADER[0].length)}  not built yet (no index.html in the build)`];
	const m = p.median;
	const ok = p.runs.filter((r) => r.metrics).length;
	/** The floor page compared with itself (only when Lighthouse ran). */
	const floorRun = p.floor && ok > 0;
	return [
		p.floor ? `${p.path} (floor)` : p.path,
		or(m.lcp, msCell),
		or(m.fcp, msCell),
		or(m.tbt, msCell),
		or(m.cls, fmt.cls),
		or(m.speedIndex, msCell),
		or(m.performance, fmt.score),
		or(m.accessibility, fmt.score),
		or(m.bestPractices, fmt.score),
		or(m.seo, fmt.score),
		floorRun ? '1.00×' : or(p.lcpRatio, fmt.ratio),
		floorRun ? (m.tbt ? '1.00×' : '—') : or(p.tbtRatio, fmt.ratio),
		floorRun ? '0' : or(p.tbtOverFloor, (v) => `${v >= 0 ? '+' : '−'}${Math.round(Math.abs(v))}`),
		or(
			p.bytes,
			(b) => `${fmt.kb(b.initialGzip)}${b.mapLoadedWithoutInteraction ? '' : ' (no map)'}`
		),
		p.runs.length ? `${ok}/${p.runs.length}` : '—'
	];
}

export interface ReportInput {
	pages: readonly PageSummary[];
	floor: string;
	runs: number;
	lighthouseVersion?: string;
	mapAssets: MapAssets | null;
	timings: TimingSummary | null;
	budgets: readonly BudgetLine[];
}

export function renderReport(r: ReportInput): string {
	const out: string[] = [];
	const align: Align[] = PAGE_HEADER.map((_, i) => (i === 0 ? 'left' : 'right'));
	out.push(
		`Lighthouse ${r.lighthouseVersion ?? '?'} · mobile emulation, simulated throttling · median of ${r.runs} interleaved run(s) · floor page ${r.floor}`,
		'Ratios and TBT−floor are computed per run against the floor page, then the median.' +
			or(
				median(r.pages.flatMap((p) => p.runs.map((run) => run.benchmarkIndex))),
				(v) => ` Lighthouse CPU index (median): ${Math.round(v)} (higher = a less loaded machine).`,
				''
			),
		'',
		formatTable(PAGE_HEADER, r.pages.map(pageRow), align)
	);
	const failures = r.pages.flatMap((p) =>
		p.runs.flatMap((run, i) => (run.error ? [`  ${p.path} run ${i + 1}: ${run.error}`] : []))
	);
	const bytesErrors = r.pages.flatMap((p) =>
		p.bytesError ? [`  ${p.path} bytes: ${p.bytesError}`] : []
	);
	if (failures.length || bytesErrors.length)
		out.push('', 'Failed measurements:', ...failures, ...bytesErrors);
	if (r.pages.some((p) => p.bytes)) {
		out.push(
			'',
			'JS+CSS before map: gzip -9 of every JS/CSS body the page loaded with no interaction (desktop window,',
			'until network idle), less the map files below; "(no map)": no map file loaded without interaction.'
		);
	}
	if (r.mapAssets) {
		const c = r.mapAssets.chunk;
		out.push(
			c
				? `Lazy map chunk: ${c.file}, ${fmt.kb(c.bytes)} raw, ${fmt.kb(c.gzip)} gzip -9` +
						(r.mapAssets.css.length ? ` (+ stylesheet ${r.mapAssets.css.join(', ')})` : '')
				: 'Lazy map chunk: not found (no JS file in the build mentions maplibre)'
		);
	}
	if (r.timings) {
		const t = r.timings;
		const s = t.stepToCamera;
		out.push(
			'',
			'Story timings (desktop 1280×800, no throttling, from the app’s xy: User Timing marks):',
			`  step → camera start:     ${or(s.median, fmt.ms, t.marksSeen ? 'n/a' : 'n/a (marks missing)')}` +
				(s.samples.length ? ` (median of ${s.samples.length} step visits)` : '') +
				(s.missing.length && t.marksSeen
					? `; ${s.missing.length} visit(s) without a pair of marks`
					: ''),
			`  first intent → drawn map: ${or(t.intentToDrawn.median, fmt.ms, t.marksSeen ? 'n/a' : 'n/a (marks missing)')}` +
				(t.intentToDrawn.samples.length
					? ` (median of ${t.intentToDrawn.samples.length} loads)`
					: '') +
				(t.intentToDrawn.notes.length && t.marksSeen ? `; ${t.intentToDrawn.notes.join('; ')}` : '')
		);
	}
	out.push('', 'Budgets:');
	const width = Math.max(0, ...r.budgets.map((b) => b.budget.length));
	const pageWidth = Math.max(0, ...r.budgets.map((b) => (b.page ?? '').length));
	for (const b of r.budgets) {
		out.push(
			`  ${b.status.padEnd(4)}  ${b.budget.padEnd(width)}  ${(b.page ?? '').padEnd(pageWidth)}  ${b.value}`.trimEnd()
		);
	}
	const count = (s: string) => r.budgets.filter((b) => b.status === s).length;
	out.push(`  ${count('PASS')} pass, ${count('FAIL')} fail, ${count('N/A')} not measured`);
	return out.join('\n');
}

/** The latest numbers as a Markdown table, for the README (written to bench/results.md). */
export function renderMarkdown(r: ReportInput & { date: string; commit: string | null }): string {
	const header = [
		'page',
		'LCP',
		'TBT',
		'CLS',
		'Perf',
		'A11y',
		'BP',
		'SEO',
		'LCP / floor',
		'TBT − floor',
		'JS+CSS before map (gz)'
	];
	const rows = r.pages.map((p) => {
		const cells = pageRow(p);
		if (cells.length === 1)
			return [`\`${p.path}\``, 'not built yet', ...header.slice(2).map(() => '')];
		const [, lcp, , tbt, cls, , perf, a11y, bp, seo, lcpRatio, , tbtDelta, bytes] = cells;
		const ms = (v: string) => (v === '—' ? v : `${v} ms`);
		const name = p.floor ? `\`${p.path}\` (floor)` : `\`${p.path}\``;
		return [name, ms(lcp), ms(tbt), cls, perf, a11y, bp, seo, lcpRatio, ms(tbtDelta), bytes];
	});
	const lines = [
		`| ${header.join(' | ')} |`,
		`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
		...rows.map((row) => `| ${row.join(' | ')} |`)
	];
	const t = r.timings;
	const timing = (v: number | null | undefined) =>
		v === null || v === undefined ? (t?.marksSeen ? 'n/a' : 'n/a (marks missing)') : fmt.ms(v);
	const cpu = median(r.pages.flatMap((p) => p.runs.map((run) => run.benchmarkIndex)));
	const chunk = r.mapAssets?.chunk;
	const count = (s: string) => r.budgets.filter((b) => b.status === s).length;
	return [
		`Measured ${r.date}${r.commit ? ` on commit \`${r.commit.slice(0, 7)}\`` : ''}: median of ${r.runs} interleaved Lighthouse run(s)` +
			(cpu === null ? '.' : `, Lighthouse CPU index ${Math.round(cpu)}.`),
		'',
		...lines,
		'',
		`Step → camera start: ${timing(t?.stepToCamera.median)}. First intent → drawn map: ${timing(t?.intentToDrawn.median)}.` +
			(chunk ? ` Lazy map chunk: ${fmt.kb(chunk.gzip)} gzip.` : ''),
		`Budgets: ${count('PASS')} pass, ${count('FAIL')} fail, ${count('N/A')} not measured.`,
		''
	].join('\n');
}
