/**
 * The sentences of a paragraph that mention any of `terms`, exactly as printed (each keeps its
 * closing punctuation). A sentence ends at 。！？ or ； (the report uses ； between clauses of
 * a list, which reads as its own statement).
 */
export function sentencesMentioning(text: string, terms: string[]): string[] {
	const sentences = text.match(/[^。！？;；]+[。！？;；]?/g) ?? [];
	return sentences.filter((s) => terms.some((t) => s.includes(t)));
}
