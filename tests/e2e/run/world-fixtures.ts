/**
 * The fixture stories the browser suite's build publishes beside src/content/ (through
 * MERIDIAN_EXTRA_STORIES, src/lib/data/story-folders.js): stories across the 180° meridian, never
 * published by a normal build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const WORLD_FIXTURES = 'tests/fixtures/stories/world';

/** The slugs of the stories in a folder, in file order. */
export function slugsIn(folder: string): string[] {
	return readdirSync(folder)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => (parse(readFileSync(`${folder}/${file}`, 'utf8')) as { slug: string }).slug);
}
