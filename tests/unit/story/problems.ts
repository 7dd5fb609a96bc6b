/** The problems the parser names for a story file it rejects, for tests of its error messages. */
import { parseStory, StoryError } from '../../../src/lib/story/parse';
import type { Registry } from '../../../src/lib/story/registry';
import { registry } from './registry-fixture';

/** The file name the parser tests give their stories. */
export const FILE = 'src/content/test.yaml';

/** The problems the parser names for `source`, or none if it parses. */
export function problemsIn(source: string, file = FILE, against: Registry = registry): string[] {
	try {
		parseStory(source, file, against);
		return [];
	} catch (e) {
		if (e instanceof StoryError) return e.problems;
		throw e;
	}
}

/**
 * Parses `source` (as FILE with the small registry, unless told otherwise); returns its problems,
 * or throws if it parsed.
 */
export function problems(source: string, file = FILE, against: Registry = registry): string[] {
	const found = problemsIn(source, file, against);
	if (!found.length) throw new Error('expected the story to be rejected');
	return found;
}
