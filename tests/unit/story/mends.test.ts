import { describe, expect, it } from 'vitest';
import { mendProblems } from '../../../src/lib/story/mends';
import type { Story } from '../../../src/lib/story/types';

const SOURCE_FILE = 'src/content/sources/tale.txt';
const source = 'The ministers met on Friday. .\nThey spoke of\ntalks in Geneva.';

/** A story of one step that shows `shown`, with the given mends. */
function story(shown: string, mends: Story['mends']): Story {
	return {
		mends,
		steps: [{ id: 'meeting', paragraphs: [[{ kind: 'text', text: shown }]] }]
	} as unknown as Story;
}

const mend = { step: 'meeting', found: 'Friday. .', mended: 'Friday.', why: 'doubled full stop' };
const told = 'The ministers met on Friday. They spoke of talks in Geneva.';

describe('the mend check', () => {
	it('passes a mend whose found words are in the source and mended words in its step', () => {
		expect(mendProblems(story(told, [mend]), source, SOURCE_FILE)).toEqual([]);
	});

	it('reads the source across its line breaks', () => {
		const wrapped = { ...mend, found: 'spoke of talks', mended: 'spoke of talks' };
		expect(mendProblems(story(told, [wrapped]), source, SOURCE_FILE)).toEqual([]);
	});

	it('refuses a mend of words the source never had, naming the mend and the file', () => {
		const invented = { ...mend, found: 'Saturday. .' };
		expect(mendProblems(story(told, [invented]), source, SOURCE_FILE)).toEqual([
			`mends[0].found: found "Saturday. .", which ${SOURCE_FILE} does not contain; expected the words exactly as the source has them`
		]);
	});

	it('refuses a mend whose mended words its step does not show', () => {
		const [problem] = mendProblems(
			story(told, [{ ...mend, mended: 'Sunday.' }]),
			source,
			SOURCE_FILE
		);
		expect(problem).toMatch(
			/^mends\[0\]\.mended: found "Sunday\.", which step "meeting" does not show/
		);
	});

	it('asks for the source article when a story has mends but no source', () => {
		expect(mendProblems(story(told, [mend]), null, SOURCE_FILE)).toEqual([
			`mends: found mends but no source article; expected the article the story quotes at ${SOURCE_FILE}`
		]);
	});

	it('needs no source for a story without mends', () => {
		expect(mendProblems(story(told, []), null, SOURCE_FILE)).toEqual([]);
	});
});
