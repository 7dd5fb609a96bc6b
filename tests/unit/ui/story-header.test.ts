import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { stories, storyBySlug } from '../../../src/lib/server/stories';
import type { Story } from '../../../src/lib/story/types';
import { creditLine, MAP_CREDIT } from '../../../src/lib/ui/credit';
import StoryHeader from '../../../src/lib/ui/StoryHeader.svelte';

/** What a reader reads in the header's credit line, as the server renders it (page or embed). */
function creditShown(story: Story, embedded = false): string {
	const { body } = render(StoryHeader, { props: { story, embedded } });
	const [, inner] = /<p class="credit[^"]*">([\s\S]*?)<\/p>/.exec(body) ?? [];
	if (inner === undefined) throw new Error('the header has no credit line');
	const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
	return inner
		.replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
		.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!)
		.replace(/\s+/g, ' ')
		.trim();
}

const withCredit = (story: Story, credit: string): Story => ({
	...story,
	source: { ...story.source, credit }
});

describe('the story header’s credit line', () => {
	it('the credit line comes from the story’s source, never fixed words', () => {
		expect(stories.length).toBeGreaterThan(1);
		for (const story of stories) {
			expect(creditShown(story), story.slug).toBe(
				`${story.source.credit} ${MAP_CREDIT} About this explainer`
			);
			const other = 'Text: a credit no story has.';
			expect(creditShown(withCredit(story, other)), story.slug).toBe(
				`${other} ${MAP_CREDIT} About this explainer`
			);
		}
		expect(new Set(stories.map((s) => creditLine(s))).size).toBe(stories.length);
	});

	it('the embed credits the text and the map in the page’s words, with its link back', () => {
		for (const story of stories) {
			expect(creditShown(story, true), story.slug).toBe(
				`A map explainer by Meridian: open the full story. ${creditLine(story)}`
			);
			expect(creditShown(story, true)).toContain(creditShown(story).replace(/ About.*$/, ''));
		}
	});

	it('the explainer written for Meridian is credited as such, not to a quoted article', () => {
		const story = storyBySlug('kazakhstan-january-2022')!;
		expect(story.source.note).toMatch(/quotes no article/);
		for (const embedded of [false, true]) {
			const shown = creditShown(story, embedded);
			expect(shown).toContain('written for this explainer');
			expect(shown).not.toMatch(/source article|quoted in full/);
		}
	});

	it('shows a credit as the words written, never as markup', () => {
		const story = withCredit(stories[0]!, 'Text: <b onclick="x()">ours</b> & theirs.');
		const { body } = render(StoryHeader, { props: { story } });
		expect(body).not.toContain('<b');
		expect(creditShown(story)).toMatch(/^Text: <b onclick="x\(\)">ours<\/b> & theirs\. Map:/);
	});
});
