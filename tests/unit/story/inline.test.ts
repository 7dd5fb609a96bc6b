import { describe, expect, it } from 'vitest';
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
