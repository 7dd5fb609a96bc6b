/**
 * The real story and registry, read from the repository's files, for tests that need to know what
 * each step should show. Mirrors src/lib/server/registry.ts without Vite's import features.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { parseStory } from '../../src/lib/story/parse';
import {
	areaFromShape,
	makeRegistry,
	type Country,
	type Place
} from '../../src/lib/story/registry';
import { sceneForStep } from '../../src/lib/story/scene';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

export const registry = makeRegistry(JSON.parse(read('geo/places.json')) as Place[], [
	...(JSON.parse(read('static/data/countries.json')) as Country[]),
	areaFromShape(
		'crimea',
		'Crimea',
		JSON.parse(read('static/data/crimea.geojson')) as FeatureCollection
	)
]);

export const STORY_FILE = 'src/content/nato-russia-ukraine.yaml';
export const story = parseStory(read(STORY_FILE), STORY_FILE, registry);
export const scenes = story.steps.map((step) => sceneForStep(step, story, registry));
export const articleText = read('src/content/sources/nato-russia-ukraine.txt');
