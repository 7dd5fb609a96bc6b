/**
 * The fixture story (tests/fixtures/stories/every-field.yaml, never published), parsed against the
 * real registry, with its scenes: what unit tests draw and check instead of a real story.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadRegistry } from '../../src/lib/server/registry';
import { parseStory } from '../../src/lib/story/parse';
import { fineRegionsOf } from '../../src/lib/story/fine-regions';
import { sceneForStep } from '../../src/lib/story/scene';

const dir = fileURLToPath(new URL('../fixtures/stories/', import.meta.url));
export const FIXTURE_FILE = 'tests/fixtures/stories/every-field.yaml';
export const fixtureSource = readFileSync(`${dir}every-field.yaml`, 'utf8');
export const fixtureRaw: unknown = parse(fixtureSource);
export const registry = loadRegistry();
export const fixture = parseStory(fixtureSource, FIXTURE_FILE, registry, {
	file: 'tests/fixtures/stories/every-field.geojson',
	text: readFileSync(`${dir}every-field.geojson`, 'utf8')
});
const fine = fineRegionsOf(fixture, registry);
export const fixtureScenes = fixture.steps.map((step) =>
	sceneForStep(step, fixture, registry, fine)
);
export const fixtureScene = (id: string) =>
	fixtureScenes[fixture.steps.findIndex((s) => s.id === id)]!;
