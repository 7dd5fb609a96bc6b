/** The problems the parser names for a story file it rejects, for tests of its error messages. */
import { parseStory, StoryError } from '../../../src/lib/story/parse';
import { registry } from './registry-fixture';

/** The file name the parser tests give their stories. */
export const FILE = 'src/content/test.yaml';

/** Parses `source` as FILE with the small registry; returns its problems, or throws if it parsed. */
export function problems(source: string): string[] {
	try {
		parseStory(source, FILE, registry);
	} catch (e) {
		if (e instanceof StoryError) return e.problems;
		throw e;
	}
	throw new Error('expected the story to be rejected');
}
