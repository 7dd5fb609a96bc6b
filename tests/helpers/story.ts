/**
 * The real story, registry and scenes, read from the repository's files, for tests that need to
 * know what each step should show.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../../src/lib/server/registry';
import { parseStory } from '../../src/lib/story/parse';
import { fineRegionsOf } from '../../src/lib/story/fine-regions';
import { sceneForStep } from '../../src/lib/story/scene';
import { viewOf } from '../../src/lib/story/frame';
import { plainText } from '../../src/lib/story/text';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

export const registry = loadRegistry(root);
export const STORY_FILE = 'src/content/nato-russia-ukraine.yaml';
export const story = parseStory(read(STORY_FILE), STORY_FILE, registry);
const fine = fineRegionsOf(story, registry);
export const scenes = story.steps.map((step) => sceneForStep(step, story, registry, fine));
export const articleText = read('src/content/sources/nato-russia-ukraine.txt');

/** Steps whose words are about Russia and whose view shows a real part of it (not a sliver). */
export const aboutRussia = story.steps
	.filter((step) => /Russia/.test(step.paragraphs.map(plainText).join(' ')))
	.filter((step) => {
		const scene = scenes.find((s) => s.stepId === step.id)!;
		return (registry.visible!('RUS', viewOf(scene.camera))?.share ?? 0) >= 0.02;
	})
	.map((step) => step.id);
