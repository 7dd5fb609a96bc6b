import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/lib/story/parse';
import { registry, validStory } from './registry-fixture';
import { FILE, problems } from './problems';

const CREDIT = "  credit: 'Text: made up for tests.'\n";

/** The valid story with its credit line replaced (or left out, with ''). */
const withCredit = (line: string) => {
	if (!validStory.includes(CREDIT)) throw new Error('the valid story has no credit line to change');
	return validStory.replace(CREDIT, line);
};

describe('the text credit (source.credit)', () => {
	it('reaches the story word for word, from its file', () => {
		expect(parseStory(validStory, FILE, registry).source.credit).toBe('Text: made up for tests.');
		const own = 'Text: written for this explainer by the Meridian team; it quotes no article.';
		expect(parseStory(withCredit(`  credit: '${own}'\n`), FILE, registry).source.credit).toBe(own);
	});

	it('a missing credit fails, naming the file, the field and what a credit is', () => {
		expect(problems(withCredit(''))).toEqual([
			expect.stringMatching(
				/^src\/content\/test\.yaml:\d+:\d+: source\.credit: found nothing; expected one sentence saying where the text comes from, such as "Text: the source article “…”, quoted in full\." or "Text: written for this explainer by …; it quotes no article\." \(src\/content\/README\.md\)$/
			)
		]);
	});

	it('an empty or blank credit fails the same way', () => {
		for (const empty of ['""', '"   "']) {
			expect(problems(withCredit(`  credit: ${empty}\n`))).toEqual([
				expect.stringMatching(
					/source\.credit: found "\s*"; expected one sentence saying where the text comes from/
				)
			]);
		}
	});

	it('a line break, a control character or a bidirectional control fails, naming the character', () => {
		const cases = [
			['Text: made up\\nfor tests.', 'U+000A'],
			['Text: made up\\tfor tests.', 'U+0009'],
			['Text: made up for tests.\\u2028', 'U+2028'],
			// Shown, this override would turn the words after it around: "Text: .stset rof pu edam".
			['Text: \\u202Emade up for tests.', 'U+202E'],
			['Text: \\u2067made up\\u2069 for tests.', 'U+2067']
		];
		for (const [credit, code] of cases) {
			const [message] = problems(withCredit(`  credit: "${credit}"\n`));
			expect(message).toContain(`source.credit: found "`);
			expect(message).toContain(`expected plain text on one line, without ${code}`);
		}
	});

	it('a credit that is not a whole sentence fails, since the map’s credit follows it', () => {
		const [message] = problems(withCredit("  credit: 'Text: made up for tests'\n"));
		expect(message).toMatch(
			/source\.credit: found "Text: made up for tests"; expected a whole sentence/
		);
		for (const end of ['tests.', 'tests?', 'the article “Tests.”', 'tests (made up).', 'tests…']) {
			expect(
				parseStory(withCredit(`  credit: 'Text: ${end}'\n`), FILE, registry).source.credit
			).toBe(`Text: ${end}`);
		}
	});

	it('writing the characters themselves is fine: quotes, dashes, accents and a bare &', () => {
		const credit = 'Text: the source article “Genève & Wien – talks”, quoted in full.';
		expect(parseStory(withCredit(`  credit: '${credit}'\n`), FILE, registry).source.credit).toBe(
			credit
		);
	});
});
