import { error } from '@sveltejs/kit';
import { scenesOf, stories, storyBySlug } from '$lib/server/stories';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => stories.map((s) => ({ slug: s.slug }));

export function load({ params }) {
	const story = storyBySlug(params.slug);
	if (!story) error(404, `No story called "${params.slug}"`);
	return { story, scenes: scenesOf(story) };
}
