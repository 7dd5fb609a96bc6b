import { describe, expect, it } from 'vitest';
import { characterReferences } from '../../../src/lib/story/entities';
import { parseParagraphs, plainText } from '../../../src/lib/story/inline';

describe('parseParagraphs', () => {
	it('keeps quotes, ampersands and dashes as literal text', () => {
		const [p] = parseParagraphs('“Hello” & goodbye – Mr. Putin’s <3 too.');
		expect(plainText(p!)).toBe('“Hello” & goodbye – Mr. Putin’s <3 too.');
	});

	it('splits paragraphs at blank lines and keeps emphasis as tokens', () => {
		const paragraphs = parseParagraphs('One *two* **three**.\n\nFour.');
		expect(paragraphs).toHaveLength(2);
		expect(paragraphs[0]).toContainEqual({ kind: 'em', children: [{ kind: 'text', text: 'two' }] });
		expect(paragraphs[0]).toContainEqual({
			kind: 'strong',
			children: [{ kind: 'text', text: 'three' }]
		});
	});

	it('rejects inline HTML instead of passing it through', () => {
		expect(() => parseParagraphs('a <img src=x onerror=alert(1)> b')).toThrow(/found HTML/);
	});

	it('rejects block HTML, links, lists and headings', () => {
		expect(() => parseParagraphs('<script>alert(1)</script>')).toThrow(/found HTML/);
		expect(() => parseParagraphs('see [this](javascript:alert(1))')).toThrow(/found a link/);
		expect(() => parseParagraphs('1. first')).toThrow(/found a list/);
		expect(() => parseParagraphs('# Title')).toThrow(/found a heading/);
	});
});

describe('the character reference rule', () => {
	it.each([
		['a named reference', 'Tom &amp; Jerry'],
		['a decimal reference that would spell a tag', '&#60;img src=x onerror=alert(1)&#62;'],
		['a hexadecimal reference', 'a &#x3C;b'],
		['a reference inside emphasis', 'a *&nbsp;* b']
	])('refuses %s in step text, asking for the character itself', (_, text) => {
		expect(() => parseParagraphs(text)).toThrow(/found the character reference "&[^"]+;"/);
	});

	it('shows a bare ampersand, and text that merely resembles a reference, exactly as written', () => {
		for (const text of ['AT&T & co', 'R&D, then more', 'a & #60; b']) {
			expect(plainText(parseParagraphs(text)[0]!)).toBe(text);
		}
	});

	it('finds every reference in a file with its line and column', () => {
		expect(characterReferences('title: A &amp; B\ntext: |\n  x &#60;y\n')).toEqual([
			{ line: 1, col: 10, found: '&amp;' },
			{ line: 3, col: 5, found: '&#60;' }
		]);
	});
});
