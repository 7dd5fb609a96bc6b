import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/lib/story/inline';
import { articleText, story } from '../../helpers/story';

/** The article's paragraphs, from after the headline to the paragraph that ends it. */
function articleParagraphs(): string[] {
	const [, body = ''] = articleText.split(/\n\n\n/, 2);
	const paragraphs = body
		.split(/\n\n/)
		.map((p) => p.trim())
		.filter(Boolean);
	const end = paragraphs.findIndex((p) => p.endsWith('close its information office there.'));
	return paragraphs.slice(0, end + 1);
}

describe('the NATO story text', () => {
	it('quotes the whole article in order, changed only by its listed mends', () => {
		let source = articleParagraphs().join(' ');
		for (const mend of story.mends) {
			expect(source, `mend "${mend.found}" should match the source once`).toContain(mend.found);
			source = source.replace(mend.found, mend.mended);
		}
		const told = story.steps.flatMap((s) => s.paragraphs.map(plainText)).join(' ');
		expect(told).toBe(source);
	});

	it('leaves out the scraped site furniture', () => {
		const told = story.steps.flatMap((s) => s.paragraphs.map(plainText)).join(' ');
		for (const furniture of ['About Dianne Stinson', 'Check Also', 'Xbox', 'Sega']) {
			expect(told).not.toContain(furniture);
		}
	});

	it('uses the headline as its title', () => {
		expect(articleText.startsWith(story.title)).toBe(true);
	});
});
