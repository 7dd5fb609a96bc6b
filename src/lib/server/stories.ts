/**
 * Every story under src/content/, parsed and validated at build time. A broken story throws here,
 * which stops the prerender (and so the build) with the parser's message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { storyFolders } from '$lib/data/story-folders.js';
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

/**
 * Stories of a test build's extra folder (MERIDIAN_EXTRA_STORIES, src/lib/data/story-folders.js),
 * read from disk when the build runs: fixture stories the browser suite reads, never published.
 */
function extraStories(): [string, string][] {
	return storyFolders()
		.slice(1)
		.flatMap((folder) =>
			readdirSync(folder)
				.filter((name) => name.endsWith('.yaml'))
				.sort()
				.map((name): [string, string] => [
					`/${folder}/${name}`,
					readFileSync(join(folder, name), 'utf8')
				])
		);
}

/** An overlay file beside a story of the extra folder, if there is one. */
function extraOverlay(path: string): string | null {
	const file = path.slice(1);
	return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export const stories: Story[] = [...Object.entries(files), ...extraStories()]
	.map(([path, source]) => {
		const overlays = path.replace(/\.yaml$/, '.geojson');
		return parseStory(source, path.slice(1), registry, {
			file: overlays.slice(1),
			text:
				overlayFiles[overlays] ?? (path.startsWith('/src/content/') ? null : extraOverlay(overlays))
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
