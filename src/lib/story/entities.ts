/**
 * The rule for character references (`&amp;`, `&#60;`, `&#x3C;`) in stories: there are none.
 * Stories are UTF-8 text that the page shows exactly as written, never as HTML, so a reference
 * would show as its letters, or, if something decoded it, smuggle `<img…>` past the "no HTML"
 * rule. One rule everywhere: the build refuses them, and asks for the character itself.
 */

/** A named, decimal or hexadecimal character reference, as HTML would decode it. */
const REFERENCE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;

export interface CharacterReference {
	/** 1-based line and column in the text. */
	line: number;
	col: number;
	found: string;
}

/** Every character reference in `text`, with where it is. */
export function characterReferences(text: string): CharacterReference[] {
	return [...text.matchAll(REFERENCE)].map((m) => {
		const before = text.slice(0, m.index);
		const line = before.split('\n').length;
		return { line, col: m.index - before.lastIndexOf('\n'), found: m[0] };
	});
}

/** What an author is told about one reference. */
export function referenceProblem(found: string): string {
	return `found the character reference "${found}"; expected the character itself (stories are plain UTF-8 text, shown exactly as written, so "&" alone is fine)`;
}
