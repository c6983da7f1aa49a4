/** Shared, read-only inputs of the content tests. Kept outside src/lib: only tests import it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The raw report, exactly as delivered. */
export const RAW = readFileSync(
	fileURLToPath(
		new URL('../../src/lib/content/source/xunyang-2024-work-report.raw.txt', import.meta.url)
	),
	'utf8'
);

/** The committed generated file, as text. */
export const GENERATED_JSON = readFileSync(
	fileURLToPath(new URL('../../src/lib/content/generated/report.json', import.meta.url)),
	'utf8'
);

/**
 * The 6,763 Han characters of GB 2312, the mainland's simplified character set: bytes B0–F7 ×
 * A1–FE decoded as GBK (a superset of GB 2312 with the same codes there).
 */
export function gb2312Hanzi(): Set<string> {
	const decoder = new TextDecoder('gbk');
	const set = new Set<string>();
	for (let hi = 0xb0; hi <= 0xf7; hi++) {
		for (let lo = 0xa1; lo <= 0xfe; lo++) {
			const ch = decoder.decode(new Uint8Array([hi, lo]));
			if (/^\p{Script=Han}$/u.test(ch)) set.add(ch);
		}
	}
	return set;
}
