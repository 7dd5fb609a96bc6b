import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { storyContentCheck } from '../../../src/lib/server/content-check';

/** A throwaway project root with the real registry files and the given story files. */
function project(stories: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'meridian-content-'));
	for (const path of [
		'geo/places.json',
		'static/data/countries.json',
		'static/data/areas.geojson',
		'static/data/groups.json',
		'static/data/labels.geojson',
		'static/data/seas.geojson',
		'static/data/countries-story.geojson',
		'static/data/borders-story.geojson',
		'src/content/sources/nato-russia-ukraine.txt'
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
	const error = caught(root);
	return error ? error.message : null;
}

function caught(root: string): Error | null {
	const plugin = storyContentCheck(root);
	const hook = plugin.buildStart as (this: unknown) => void;
	try {
		hook.call({
			meta: { watchMode: true },
			error: (error: Error) => {
				throw error;
			}
		});
		return null;
	} catch (e) {
		return e as Error;
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

	it('draws a small state the shapes lack, such as Singapore, as a symbol rather than stop the build', () => {
		const small = real.replace('highlight: [KAZ]', 'highlight: [SGP]');
		expect(run(project({ 'story.yaml': small }))).toBeNull();
	});

	it('stops the build when a step could not be drawn as a static map', () => {
		// Singapore, as if the data had neither its shape nor its label point: nothing to draw.
		const root = project({ 'story.yaml': real.replace('highlight: [KAZ]', 'highlight: [SGP]') });
		const labels = join(root, 'static/data/labels.geojson');
		const all = JSON.parse(readFileSync(labels, 'utf8')) as {
			features: { properties: { id: string } }[];
		};
		all.features = all.features.filter((f) => f.properties.id !== 'SGP');
		writeFileSync(labels, JSON.stringify(all));
		expect(run(root)).toContain(
			'src/content/story.yaml: step "kazakhstan": highlighted country "SGP" has no shape in the map data'
		);
	});

	it('reports a broken story to the dev server by its message alone, with no stack trace', () => {
		const broken = real.replace('focus: [geneva, brussels]', 'focus: [genva, brussels]');
		const error = caught(project({ 'story.yaml': broken }))!;
		expect(error.stack).toBe(error.message);
		expect(error.stack).not.toMatch(/\n\s+at /);
	});

	it('stops a one-off build by printing the message alone and exiting with an error', () => {
		const broken = real.replace('focus: [geneva, brussels]', 'focus: [genva, brussels]');
		const printed: string[] = [];
		const print = vi.spyOn(console, 'error').mockImplementation((text) => printed.push(text));
		const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
			throw new Error(`exit ${code}`);
		});
		try {
			const hook = storyContentCheck(project({ 'story.yaml': broken })).buildStart as (
				this: unknown
			) => void;
			expect(() => hook.call({ meta: { watchMode: false } })).toThrow('exit 1');
			expect(printed.join('')).toContain('found unknown "genva"');
			expect(printed.join('')).not.toMatch(/\n\s+at /);
		} finally {
			print.mockRestore();
			exit.mockRestore();
		}
	});

	it('stops the build when a mend quotes words the source article does not have', () => {
		// Any story, under any file name: the check runs on every story with no test of its own.
		const invented = real.replace('found: "European allies. ."', 'found: "European partners. ."');
		const message = run(project({ 'another-story.yaml': invented }));
		expect(message).toContain(
			'src/content/another-story.yaml: mends[1].found: found "European partners. .", which src/content/sources/nato-russia-ukraine.txt does not contain'
		);
	});

	it('stops the build on a character reference anywhere in a story, naming its line', () => {
		const lines = real.split('\n');
		const title = lines.findIndex((l) => l.startsWith('title:'));
		lines[title] = `${lines[title]} &amp; more`;
		const message = run(project({ 'story.yaml': lines.join('\n') }));
		expect(message).toMatch(
			new RegExp(
				`src/content/story\\.yaml:${title + 1}:\\d+: found the character reference "&amp;"`
			)
		);
	});
});
