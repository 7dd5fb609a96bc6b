import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStory } from '../../../scripts/new-story.js';
import { parseStory } from '../../../src/lib/story/parse';
import { sceneForStep } from '../../../src/lib/story/scene';
import { loadRegistry } from '../../../src/lib/server/registry';
import { staticMapProblems } from '../../../src/lib/server/static-maps';

function root() {
	const dir = mkdtempSync(join(tmpdir(), 'meridian-new-'));
	mkdirSync(join(dir, 'src/content'), { recursive: true });
	return dir;
}

describe('npm run new-story', () => {
	it('writes a two-step story that parses against the real data and draws as static maps', () => {
		const dir = root();
		const path = newStory('pipeline-route', dir, '2026-12-01');
		expect(path).toBe('src/content/pipeline-route.yaml');
		const registry = loadRegistry();
		const story = parseStory(readFileSync(join(dir, path), 'utf8'), path, registry);
		expect(story.slug).toBe('pipeline-route');
		expect(story.steps).toHaveLength(2);
		// A new story starts as an original explainer: its credit claims no article.
		expect(story.source.credit).toMatch(
			/^Text: written for this explainer\b.*quotes no article\.$/
		);
		for (const step of story.steps) {
			expect(staticMapProblems(sceneForStep(step, story, registry))).toEqual([]);
		}
	});

	it('refuses a slug that is not one, and a story that exists, writing nothing', () => {
		const dir = root();
		expect(() => newStory('Bad Slug', dir)).toThrow(/expected a slug of lower-case letters/);
		expect(() => newStory(undefined as unknown as string, dir)).toThrow(/found no slug/);
		writeFileSync(join(dir, 'src/content/taken.yaml'), 'mine');
		expect(() => newStory('taken', dir)).toThrow(/already exists/);
		expect(readFileSync(join(dir, 'src/content/taken.yaml'), 'utf8')).toBe('mine');
	});
});
