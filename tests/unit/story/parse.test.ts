import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/lib/story/parse';
import { registry, validStory } from './registry-fixture';
import { FILE, problems } from './problems';

describe('parseStory', () => {
	it('turns a valid file into a typed story with defaults filled in', () => {
		const story = parseStory(validStory, FILE, registry);
		expect(story.slug).toBe('test-story');
		expect(story.steps.map((s) => s.id)).toEqual(['first', 'second']);
		expect(story.steps[0]!.paragraphs).toHaveLength(2);
		expect(story.steps[0]!.map.notes).toEqual({ geneva: 'Mon 10 Jan' });
		expect(story.steps[1]!.map).toMatchObject({
			focus: [],
			shade: [{ group: 'NATO', label: null }],
			areas: ['crimea'],
			overlays: [],
			date: null
		});
		expect(story.steps[0]!.map.highlight).toEqual([{ countries: ['UKR'], label: null }]);
		expect(story.steps[1]!.map.camera).toEqual({ center: [4, 50], zoom: 4, bearing: 0, pitch: 0 });
		expect(story.steps[1]!.index).toBe(2);
	});

	it('names the file, line, step and field of an unknown place and suggests the nearest id', () => {
		const [message] = problems(validStory.replace('focus: [geneva, UKR]', 'focus: [genva, UKR]'));
		expect(message).toBe(
			`${FILE}:22:15: step "first" (step 1) › map.focus[0]: found unknown "genva"; expected a place, country or area id — did you mean "geneva"?`
		);
	});

	it('offers no suggestion when nothing is close', () => {
		const [message] = problems(validStory.replace('markers: [geneva]', 'markers: [timbuktu]'));
		expect(message).toContain('found unknown "timbuktu"; expected a place id');
		expect(message).not.toContain('did you mean');
	});

	it('rejects a place where a country is expected', () => {
		const [message] = problems(validStory.replace('highlight: [UKR]', 'highlight: [kyiv]'));
		expect(message).toMatch(/map\.highlight\[0\]: found unknown "kyiv"; expected a country id/);
	});

	it('reports a missing required field with what was expected', () => {
		const [message] = problems(validStory.replace('    text: World.\n', ''));
		expect(message).toMatch(
			/:\d+:\d+: step "second" \(step 2\) › text: found nothing; expected string/
		);
	});

	it('reports a misspelt field as unknown', () => {
		const [message] = problems(validStory.replace('highlight: [UKR]', 'hilight: [UKR]'));
		expect(message).toMatch(/step "first" \(step 1\) › map: found unknown field\(s\) "hilight"/);
	});

	it('reports a value of the wrong kind', () => {
		const [message] = problems(validStory.replace('zoom: 4 }', 'zoom: four }'));
		expect(message).toMatch(
			/step "second" \(step 2\) › map.camera.zoom: found "four"; expected number/
		);
	});

	it('rejects a date that is not a real day', () => {
		const [message] = problems(validStory.replace('as_of: "2022-01-07"', 'as_of: "2022-02-31"'));
		expect(message).toMatch(/as_of: found "2022-02-31"; expected a real calendar date/);
	});

	it('rejects duplicate step ids', () => {
		const [message] = problems(validStory.replace('id: second', 'id: first'));
		expect(message).toMatch(
			/step "first" \(step 2\) › id: found "first" again; expected a unique step id/
		);
	});

	it('rejects HTML in step text', () => {
		const [message] = problems(
			validStory.replace('text: World.', 'text: <b onclick="x()">World</b>')
		);
		expect(message).toMatch(/step "second" \(step 2\) › text: found HTML/);
	});

	it('rejects a step with neither focus nor camera', () => {
		const [message] = problems(
			validStory.replace('      camera: { center: [4, 50], zoom: 4 }\n', '')
		);
		expect(message).toMatch(/step "second" \(step 2\) › map: found neither focus nor camera/);
	});

	it('rejects a mend whose mended words are not in its step', () => {
		const [message] = problems(validStory.replace('mended: "Hello."', 'mended: "Goodbye."'));
		expect(message).toMatch(/mends\[0\]\.mended: found text that is not in step "first"/);
	});

	it('rejects a note for a place that is not a marker', () => {
		const [message] = problems(validStory.replace('geneva: Mon 10 Jan', 'brussels: Mon 10 Jan'));
		expect(message).toMatch(
			/map\.notes\.brussels: found a note for "brussels"; expected one of this step's markers \(geneva\)/
		);
	});

	it('keeps presenter notes by step id, each with its source', () => {
		const story = parseStory(
			`${validStory}presenter_notes:\n  second:\n    - note: A fact.\n      source: Somewhere\n`,
			FILE,
			registry
		);
		expect(story.presenterNotes).toEqual({ second: [{ note: 'A fact.', source: 'Somewhere' }] });
		expect(parseStory(validStory, FILE, registry).presenterNotes).toEqual({});
	});

	it('rejects presenter notes for a step the story does not have, naming it', () => {
		const [message] = problems(
			`${validStory}presenter_notes:\n  secnd:\n    - note: A fact.\n      source: Somewhere\n`
		);
		expect(message).toMatch(
			/:\d+:\d+: presenter_notes\.secnd: found unknown "secnd"; expected a step id — did you mean "second"\?/
		);
	});

	it('rejects a presenter note without a source', () => {
		const [message] = problems(`${validStory}presenter_notes:\n  second:\n    - note: A fact.\n`);
		expect(message).toMatch(/presenter_notes\.second\[0\]\.source: found nothing/);
	});

	it('reports broken YAML with its line', () => {
		const [message] = problems('slug: x\nsteps: [\n');
		expect(message).toMatch(/^src\/content\/test\.yaml:\d+:\d+: this is not valid YAML/);
	});

	it('reports every problem at once', () => {
		const broken = validStory
			.replace('focus: [geneva, UKR]', 'focus: [genva, UKR]')
			.replace('highlight: [UKR]', 'highlight: [UKX]');
		expect(problems(broken)).toHaveLength(2);
	});
});
