import { error } from '@sveltejs/kit';
import { shareMeta } from '$lib/server/share';
import { stories, storyPage } from '$lib/server/stories';
import type { EntryGenerator } from './$types';

/** One page per step of every story: the addresses the "Share this step" control hands out. */
export const entries: EntryGenerator = () =>
	stories.flatMap((s) => s.steps.map((step) => ({ slug: s.slug, step: step.id })));

export const load = ({ params }) => {
	const { story, scenes } = storyPage(params.slug);
	const index = story.steps.findIndex((s) => s.id === params.step);
	if (index < 0) error(404, `"${params.slug}" has no step called "${params.step}"`);
	return {
		story: { slug: story.slug, title: story.title },
		step: story.steps[index]!,
		index,
		count: story.steps.length,
		description: scenes[index]!.description,
		share: shareMeta(story, scenes, index)
	};
};
