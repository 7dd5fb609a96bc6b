/**
 * The rule for a story's text credit (`source.credit`): one sentence of plain text that the
 * header's credit line, on the page and in an embed, shows before the map's credit. Each story
 * says who wrote its words, so no code has to guess it (an original explainer quotes no article).
 */

/** What an author is told the credit should be, wherever it is missing or wrong. */
export const CREDIT_EXPECTED =
	'one sentence saying where the text comes from, such as "Text: the source article “…”, quoted in full." or "Text: written for this explainer by …; it quotes no article." (src/content/README.md)';

/**
 * Characters a reader would never see that still change what they read: control characters (C0,
 * DEL, C1, which take in line breaks and tabs, and the line and paragraph separators: the credit
 * is one line) and the bidirectional marks, embeddings, overrides and isolates, which can reorder
 * the words after them.
 */
const INVISIBLE = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u;

/** A sentence's end, perhaps inside closing quotes or brackets: the map's credit follows it. */
const SENTENCE_END = /[.!?…]["'”’)]*$/u;

const codePoint = (c: string) =>
	`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with `credit`, in the parser's "expected …" words; null when it is fine. */
export function creditProblem(credit: string): string | null {
	if (!/\S/u.test(credit)) return CREDIT_EXPECTED;
	const invisible = INVISIBLE.exec(credit)?.[0];
	if (invisible !== undefined) {
		return `plain text on one line, without ${codePoint(invisible)} (line breaks, control characters and bidirectional controls are never shown, but change what readers see): delete it`;
	}
	if (!SENTENCE_END.test(credit)) {
		return 'a whole sentence, ending with a full stop (the map’s credit follows it on the same line)';
	}
	return null;
}
