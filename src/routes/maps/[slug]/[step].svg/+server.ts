// The static map of one step, as an SVG file written at build time: /maps/<slug>/<step>.svg
import { error } from '@sveltejs/kit';
import { staticMapSvg } from '$lib/server/static-maps';
import { scenesOf, stories, storyBySlug } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	stories.flatMap((s) => s.steps.map((step) => ({ slug: s.slug, step: step.id })));

export const GET: RequestHandler = ({ params }) => {
	const story = storyBySlug(params.slug);
	const index = story?.steps.findIndex((s) => s.id === params.step) ?? -1;
	if (!story || index < 0) error(404, 'No such step');
	const svg = staticMapSvg(scenesOf(story)[index]!);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
