import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { stories, storyPage } from '../../../src/lib/server/stories';
import Handout from '../../../src/lib/ui/Handout.svelte';

/** The items of the handout's credits list, as text, as the server renders the print page. */
function creditsOf(slug: string, credit?: string): string[] {
	const { story, scenes } = storyPage(slug);
	const shown = credit ? { ...story, source: { ...story.source, credit } } : story;
	const { body } = render(Handout, { props: { story: shown, scenes, teacher: false } });
	const list = /<h3[^>]*>Credits<\/h3>\s*<ul[^>]*>([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
	return [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
		m[1]!
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

describe('the printed handout', () => {
	it('credits the story’s text in its own words, first among the credits', () => {
		for (const { slug, source } of stories) {
			const credits = creditsOf(slug);
			expect(credits[0], slug).toBe(source.credit);
			expect(
				credits.some((c) => c.includes('Natural Earth')),
				slug
			).toBe(true);
			expect(creditsOf(slug, 'Text: a credit no story has.')[0]).toBe(
				'Text: a credit no story has.'
			);
		}
	});
});
