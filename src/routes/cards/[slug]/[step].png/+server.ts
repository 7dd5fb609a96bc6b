// The share card of one step, a PNG written at build time: /cards/<slug>/<step>.png (og:image of
// the step's page, /stories/<slug>/steps/<step>/).
import { error } from '@sveltejs/kit';
import { cardPng } from '$lib/server/cards';
import { cardWords } from '$lib/server/share';
import { scenesOf, stories, storyBySlug } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	stories.flatMap((s) => s.steps.map((step) => ({ slug: s.slug, step: step.id })));

export const GET: RequestHandler = async ({ params }) => {
	const story = storyBySlug(params.slug);
	const index = story?.steps.findIndex((s) => s.id === params.step) ?? -1;
	if (!story || index < 0) error(404, 'No such step');
	const png = await cardPng(scenesOf(story)[index]!, cardWords(story, index));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
