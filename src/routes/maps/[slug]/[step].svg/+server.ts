// The static map of one step, as an SVG file written at build time: /maps/<slug>/<step>.svg, and
// its dark variant /maps/<slug>/<step>-dark.svg (shown under prefers-color-scheme: dark).
import { error } from '@sveltejs/kit';
import { staticMapSvg } from '$lib/server/static-maps';
import { scenesOf, stories, storyBySlug } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	stories.flatMap((s) =>
		s.steps.flatMap((step) => [
			{ slug: s.slug, step: step.id },
			{ slug: s.slug, step: `${step.id}-dark` }
		])
	);

export const GET: RequestHandler = ({ params }) => {
	const story = storyBySlug(params.slug);
	const find = (id: string) => story?.steps.findIndex((s) => s.id === id) ?? -1;
	// A step's own id first, so a step that happens to end in "-dark" still gets its light map.
	const light = find(params.step);
	const dark = light < 0 && params.step.endsWith('-dark') ? find(params.step.slice(0, -5)) : -1;
	const index = light >= 0 ? light : dark;
	if (!story || index < 0) error(404, 'No such step');
	const svg = staticMapSvg(scenesOf(story)[index]!, light >= 0 ? 'light' : 'dark');
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
