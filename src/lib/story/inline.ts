/**
 * Turns an author's step text (a tiny Markdown subset) into typed paragraphs. Tokenising with
 * `marked` and keeping only text, emphasis, strong and map marks (./marks.ts) means no HTML from
 * content can ever reach the page: the Svelte component renders these tokens as elements.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { characterReferences, referenceProblem } from './entities.ts';
import { mapRef, markProblem } from './marks.ts';
import type { Inline, Paragraph } from './types';

export { plainText } from './text.ts';

export class InlineError extends Error {}

function inline(tokens: Token[] | undefined): Inline[] {
	const out: Inline[] = [];
	for (const token of tokens ?? []) {
		switch (token.type) {
			case 'text': {
				// The raw text, as the author wrote it: `marked` decodes some references in `text`.
				const t = token as Tokens.Text;
				if (t.tokens?.length) out.push(...inline(t.tokens));
				else out.push({ kind: 'text', text: t.raw });
				break;
			}
			case 'escape':
				out.push({ kind: 'text', text: (token as Tokens.Escape).text });
				break;
			case 'em':
				out.push({ kind: 'em', children: inline((token as Tokens.Em).tokens) });
				break;
			case 'strong':
				out.push({ kind: 'strong', children: inline((token as Tokens.Strong).tokens) });
				break;
			case 'link': {
				// Only a map mark: its target names a place, country or area (checked by the parser).
				const link = token as Tokens.Link;
				const ref = mapRef(link.href);
				if (!ref || link.title || !link.text.trim()) throw new InlineError(markProblem(link.raw));
				out.push({ kind: 'mark', ref, children: inline(link.tokens) });
				break;
			}
			case 'br':
				out.push({ kind: 'text', text: ' ' });
				break;
			default:
				throw new InlineError(
					`found ${describe(token)}; expected plain text with *emphasis*, **strong** or map marks [words](place:id) only`
				);
		}
	}
	return out;
}

function describe(token: Token): string {
	const raw = token.raw.trim().slice(0, 40);
	return `${token.type === 'html' ? 'HTML' : `a ${token.type}`} ("${raw}")`;
}

/**
 * Splits text into paragraphs at blank lines; throws InlineError on anything but plain prose,
 * including character references (see ./entities.ts).
 */
export function parseParagraphs(text: string): Paragraph[] {
	const [reference] = characterReferences(text);
	if (reference) throw new InlineError(referenceProblem(reference.found));
	const paragraphs: Paragraph[] = [];
	for (const token of new Lexer({ gfm: false }).lex(text)) {
		if (token.type === 'space') continue;
		if (token.type !== 'paragraph') {
			throw new InlineError(
				`found ${describe(token)}; expected paragraphs of prose separated by blank lines`
			);
		}
		paragraphs.push(inline((token as Tokens.Paragraph).tokens));
	}
	return paragraphs;
}
