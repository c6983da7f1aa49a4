/**
 * Readable, stable ids for paragraphs and glossary entries, made from their own words in
 * toneless pinyin. An id never depends on a position, so editing, adding or removing one
 * paragraph leaves every other id as it was (unless the edit creates a clash of openings, see
 * `paragraphIds`).
 */
import { pinyin } from 'pinyin-pro';

/** Longest slug body, without the `p-`/`g-` prefix. */
export const MAX_SLUG_LENGTH = 40;

/** How many characters of a paragraph's opening name it when it has no lead phrase. */
export const OPENING_CHARS = 8;

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{Script=Han}A-Za-z0-9]/u;

/**
 * Words whose reading pinyin-pro gets wrong in this report, with the right toneless reading.
 * Checked by a test, so a library update that fixes or changes them is noticed.
 */
export const PINYIN_OVERRIDES: Readonly<Record<string, string>> = {
	率先: 'shuai xian', // not "lv xian"
	行道树: 'xing dao shu', // not "hang dao shu"
	三重一大: 'san zhong yi da' // 重大事项…: not "san chong yi da"
};

function libraryWords(text: string): string[] {
	const tokens = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
	return tokens.flatMap((token) =>
		token
			.toLowerCase()
			.split(/[^a-z0-9]+/)
			.filter(Boolean)
	);
}

/** Toneless pinyin words (ü as v) of `text`, one per Han character; other letters and digits kept as runs. */
export function pinyinWords(text: string): string[] {
	const words: string[] = [];
	let rest = text;
	while (rest) {
		let at = rest.length;
		let word = '';
		for (const candidate of Object.keys(PINYIN_OVERRIDES)) {
			const i = rest.indexOf(candidate);
			if (i !== -1 && i < at) [at, word] = [i, candidate];
		}
		words.push(...libraryWords(rest.slice(0, at)));
		if (!word) break;
		words.push(...PINYIN_OVERRIDES[word].split(' '));
		rest = rest.slice(at + word.length);
	}
	return words;
}

/** Kebab-case ascii slug of `text`, cut at a word boundary to at most `maxLength` characters. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
	let slug = '';
	for (const word of pinyinWords(text)) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > maxLength) break;
		slug = next;
	}
	return slug;
}

/** The first `count` Han characters, Latin letters or digits of `text`, punctuation skipped. */
export function opening(text: string, count = OPENING_CHARS): string {
	return [...text]
		.filter((ch) => WORD_CHAR.test(ch))
		.slice(0, count)
		.join('');
}

/** The words a paragraph is named after: its lead phrase if it has one, else its opening. */
export function paragraphNameSource(text: string, lead: string | null): string {
	return lead ?? opening(text);
}

/** Initials of the Han characters (or the letters and digits) that follow the name source. */
function disambiguator(text: string, nameSource: string, length: number): string {
	const skip = [...opening(nameSource, Infinity)].length;
	const rest = [...opening(text, Infinity)].slice(skip, skip + length).join('');
	return [...rest]
		.map((ch) => (HAN.test(ch) ? (pinyinWords(ch)[0]?.[0] ?? '') : ch.toLowerCase()))
		.join('');
}

/** 32-bit FNV-1a hash of `text`, as 7 base-36 digits: the last resort of a clash. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (const ch of text) {
		hash ^= ch.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0');
}

/**
 * Ids for paragraphs given as `{ text, lead }`, in the same order. The id is `p-` plus the slug
 * of the lead phrase (or of the opening characters). When several paragraphs share a slug, each
 * of them gets `-` plus the pinyin initials of the characters after its name source, as many
 * as it takes to tell them apart (up to 8), or else a hash of its text.
 */
export function paragraphIds(items: readonly { text: string; lead: string | null }[]): string[] {
	const bases = items.map((item) => `p-${slugify(paragraphNameSource(item.text, item.lead))}`);
	const groups = new Map<string, number[]>();
	bases.forEach((base, i) => groups.set(base, [...(groups.get(base) ?? []), i]));

	const ids = [...bases];
	for (const [base, members] of groups) {
		if (members.length < 2) continue;
		let resolved = false;
		for (let length = 1; length <= 8 && !resolved; length++) {
			const suffixes = members.map((i) =>
				disambiguator(items[i].text, paragraphNameSource(items[i].text, items[i].lead), length)
			);
			if (suffixes.every(Boolean) && new Set(suffixes).size === members.length) {
				members.forEach((i, k) => (ids[i] = `${base}-${suffixes[k]}`));
				resolved = true;
			}
		}
		if (!resolved) members.forEach((i) => (ids[i] = `${base}-${shortHash(items[i].text)}`));
	}

	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id))
			throw new Error(`Two paragraphs have the same text and so the same id "${id}"`);
		seen.add(id);
	}
	return ids;
}

/** Id of a glossary entry: `g-` plus the slug of its term. */
export function glossaryId(term: string): string {
	return `g-${slugify(term)}`;
}
