/**
 * Every story under src/content/, parsed and validated at build time. A broken story throws here,
 * which stops the prerender (and so the build) with the parser's message.
 */
import { error } from '@sveltejs/kit';
import { parseStory } from '$lib/story/parse';
import { fineRegionsOf } from '$lib/story/fine-regions';
import { sceneForStep } from '$lib/story/scene';
import type { Scene, Story } from '$lib/story/types';
import { loadRegistry } from './registry';

const registry = loadRegistry();

const files = import.meta.glob<string>('/src/content/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});
/** Overlay files: `<name>.geojson` beside `<name>.yaml` (src/content/README.md). */
const overlayFiles = import.meta.glob<string>('/src/content/*.geojson', {
	query: '?raw',
	import: 'default',
	eager: true
});

export const stories: Story[] = Object.entries(files)
	.map(([path, source]) => {
		const overlays = path.replace(/\.yaml$/, '.geojson');
		return parseStory(source, path.slice(1), registry, {
			file: overlays.slice(1),
			text: overlayFiles[overlays] ?? null
		});
	})
	.sort((a, b) => a.title.localeCompare(b.title));

export function storyBySlug(slug: string): Story | undefined {
	return stories.find((s) => s.slug === slug);
}

/** One scene per step, in step order: computed once at build time and shipped as page data. */
export function scenesOf(story: Story): Scene[] {
	// Every page and static map of a story asks: work the scenes out once per build.
	let scenes = sceneCache.get(story);
	if (!scenes) {
		const fine = fineRegionsOf(story, registry);
		scenes = story.steps.map((step) => sceneForStep(step, story, registry, fine));
		sceneCache.set(story, scenes);
	}
	return scenes;
}
const sceneCache = new WeakMap<Story, Scene[]>();

/**
 * Page data for every view of a story (read, present, print); a 404 for an unknown slug. The
 * teacher's notes ship only to the views that show them (`teacher: true`): a reader's page never
 * carries them, not even in its data.
 */
export function storyPage(
	slug: string,
	{ teacher = false }: { teacher?: boolean } = {}
): { story: Story; scenes: Scene[] } {
	const story = storyBySlug(slug);
	if (!story) error(404, `No story called "${slug}"`);
	return {
		story: teacher ? story : { ...story, presenterNotes: {} },
		scenes: scenesOf(story)
	};
}

/** Prerender entries for a story route: one per story. */
export const storyEntries = () => stories.map((s) => ({ slug: s.slug }));
