import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../src/lib/server/registry';
import { parseParagraphs, plainText } from '../../../src/lib/story/inline';
import { marksIn } from '../../../src/lib/story/marks';
import { parseStory } from '../../../src/lib/story/parse';
import { problems as rejected } from './problems';

const FILE = 'tests/fixtures/stories/map-marks.yaml';
const source = readFileSync(FILE, 'utf8');
const registry = loadRegistry();

const problems = (text: string) => rejected(text, FILE, registry);

describe('map marks in step text', () => {
	it('parse inside emphasis and side by side, keeping the words exactly', () => {
		const story = parseStory(source, FILE, registry);
		const [talks] = story.steps;
		expect(marksIn(talks!.paragraphs)).toEqual([
			{ kind: 'place', id: 'geneva' },
			{ kind: 'place', id: 'vienna' },
			{ kind: 'place', id: 'brussels' },
			{ kind: 'country', id: 'KAZ' },
			{ kind: 'area', id: 'crimea' }
		]);
		expect(talks!.paragraphs.map(plainText)).toEqual([
			'Talks in Geneva, then in Vienna.',
			'Two marks side by side: BrusselsKazakhstan, and the peninsula.'
		]);
		expect(talks!.paragraphs[0]).toContainEqual({
			kind: 'em',
			children: [
				{
					kind: 'mark',
					ref: { kind: 'place', id: 'vienna' },
					children: [{ kind: 'text', text: 'Vienna' }]
				}
			]
		});
	});

	it('fail the build on an unknown place, naming the file, line, step and field, with a suggestion', () => {
		const [message, ...rest] = problems(
			source.replace('far from [Geneva](place:geneva)', 'far from [Geneva](place:genva)')
		);
		expect(rest).toEqual([]);
		expect(message).toBe(
			`${FILE}:22:61: step "unrest" (step 2) › text: map mark (place:genva): found unknown "genva"; expected a place id — did you mean "geneva"?`
		);
	});

	it('check a country mark against countries and an area mark against areas', () => {
		const broken = source
			.replace('(country:KAZ), far', '(country:KAX), far')
			.replace('area:crimea', 'area:kyiv');
		const [first, second] = problems(broken);
		expect(first).toMatch(
			/step "talks" \(step 1\) › text: map mark \(area:kyiv\): found unknown "kyiv"; expected an area id/
		);
		expect(second).toMatch(
			/step "unrest" \(step 2\) › text: map mark \(country:KAX\): found unknown "KAX"; expected a country id — did you mean "KAZ"\?/
		);
	});

	it('still refuse web links, titled marks and empty marks', () => {
		expect(() => parseParagraphs('see [this](https://example.org)')).toThrow(/found a link/);
		expect(() => parseParagraphs('see [Geneva](place:geneva "Geneva")')).toThrow(/found a link/);
		expect(() => parseParagraphs('see [ ](place:geneva)')).toThrow(/found a link/);
		expect(() => parseParagraphs('see [Geneva](town:geneva)')).toThrow(/map mark such as/);
	});
});
