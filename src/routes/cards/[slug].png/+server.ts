// The share card of a story, a PNG written at build time: /cards/<slug>.png (og:image of its page).
import { error } from '@sveltejs/kit';
import { cardPng } from '$lib/server/cards';
import { cardWords } from '$lib/server/share';
import { scenesOf, stories, storyBySlug } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => stories.map((s) => ({ slug: s.slug }));

export const GET: RequestHandler = async ({ params }) => {
	const story = storyBySlug(params.slug);
	if (!story) error(404, 'No such story');
	const png = await cardPng(scenesOf(story)[0]!, cardWords(story, null));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
