import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyContentCheck } from '../../../src/lib/server/content-check';

/** A throwaway project root with the real registry files and the given story files. */
function project(stories: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'meridian-content-'));
	for (const path of [
		'geo/places.json',
		'static/data/countries.json',
		'static/data/areas.geojson',
		'geo/groups.json',
		'static/data/labels.geojson',
		'static/data/seas.geojson',
		'static/data/countries-story.geojson',
		'static/data/borders-story.geojson'
	]) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		cpSync(path, join(root, path));
	}
	mkdirSync(join(root, 'src/content'), { recursive: true });
	for (const [name, text] of Object.entries(stories))
		writeFileSync(join(root, 'src/content', name), text);
	return root;
}

/** Runs the plugin's build hook the way Vite does, capturing `this.error`. */
function run(root: string): string | null {
	const plugin = storyContentCheck(root);
	const hook = plugin.buildStart as (this: unknown) => void;
	try {
		hook.call({
			error: (message: string) => {
				throw new Error(message);
			}
		});
		return null;
	} catch (e) {
		return (e as Error).message;
	}
}

const real = readFileSync('src/content/nato-russia-ukraine.yaml', 'utf8');

describe('the story content check', () => {
	it('lets the real story through', () => {
		expect(run(project({ 'nato-russia-ukraine.yaml': real }))).toBeNull();
	});

	it('stops the build naming the file, line, step and field of a broken story', () => {
		const broken = real.replace('focus: [geneva, brussels]', 'focus: [genva, brussels]');
		const message = run(project({ 'ok.yaml': real, 'broken.yaml': broken }));
		expect(message).toContain('invalid story content');
		expect(message).toMatch(
			/src\/content\/broken\.yaml:\d+:\d+: step "monday-talks" \(step 7\) › map\.focus\[0\]: found unknown "genva"; expected a place, country or area id — did you mean "geneva"\?/
		);
		expect(message).not.toContain('ok.yaml');
	});

	it('stops the build when a step could not be drawn as a static map', () => {
		// Singapore is a country of the data, but too small for the shapes the maps draw.
		const undrawable = real.replace('highlight: [KAZ]', 'highlight: [SGP]');
		const message = run(project({ 'story.yaml': undrawable }));
		expect(message).toContain(
			'src/content/story.yaml: step "kazakhstan": highlighted country "SGP" has no shape in the map data'
		);
	});
});
