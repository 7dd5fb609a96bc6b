import { describe, expect, it } from 'vitest';
import { cardWords, DESCRIPTION_MAX, shareMeta, shorten } from '../../../src/lib/server/share';
import { plainText } from '../../../src/lib/story/text';
import { fixture, fixtureScenes } from '../../helpers/fixture-story';

const SITE = 'https://maps.example.org/explainers/';

describe('shareMeta', () => {
	it('gives the story page its standfirst and the card of its own, at absolute addresses', () => {
		const meta = shareMeta(fixture, fixtureScenes, null, SITE);
		expect(meta.title).toBe(fixture.title);
		expect(meta.description).toBe(shorten(fixture.standfirst));
		expect(meta.url).toBe(`${SITE}stories/every-field/`);
		expect(meta.image).toBe(`${SITE}cards/every-field.png`);
		expect([meta.imageWidth, meta.imageHeight]).toEqual([1200, 630]);
	});

	it("gives each step its own page, card and words, with the step's place in the title", () => {
		const n = fixture.steps.length;
		fixture.steps.forEach((step, i) => {
			const meta = shareMeta(fixture, fixtureScenes, i, SITE);
			expect(meta.title).toBe(`${fixture.title} · Step ${i + 1} of ${n}`);
			expect(meta.url).toBe(`${SITE}stories/every-field/steps/${step.id}/`);
			expect(meta.image).toBe(`${SITE}cards/every-field/${step.id}.png`);
			const text = step.paragraphs.map(plainText).join(' ');
			expect(text.startsWith(meta.description.replace(/…$/, ''))).toBe(true);
		});
	});

	it("describes the card image as it reads: the panel's words, then the step's map", () => {
		const i = fixture.steps.findIndex((s) => s.when);
		const meta = shareMeta(fixture, fixtureScenes, i, SITE);
		expect(meta.imageAlt).toBe(
			`Meridian: ${fixture.title}. Step ${i + 1} of ${fixture.steps.length}, ` +
				`${fixture.steps[i]!.when}. Map: ${fixtureScenes[i]!.description}`
		);
	});

	it('refuses a step the story does not have', () => {
		expect(() => shareMeta(fixture, fixtureScenes, fixture.steps.length, SITE)).toThrow(
			/every-field has no step/
		);
	});
});

describe('shorten', () => {
	it('leaves a short text as it is', () => {
		expect(shorten('Talks in Geneva.')).toBe('Talks in Geneva.');
	});

	it('cuts a long text at a word, without a dangling comma, and marks the cut', () => {
		const long = `${'word '.repeat(30)}Geneva, Vienna and Brussels ${'more '.repeat(30)}`;
		const short = shorten(long, 160);
		expect(short.length).toBeLessThanOrEqual(160);
		expect(short).toMatch(/[a-z]…$/);
		expect(long.startsWith(short.slice(0, -1))).toBe(true);
		expect(shorten(long).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
	});
});

describe('cardWords', () => {
	it("puts the step's place and date at the foot of a step's card, the step count on the story's", () => {
		const i = fixture.steps.findIndex((s) => s.when);
		expect(cardWords(fixture, i).footer).toEqual([
			`Step ${i + 1} of ${fixture.steps.length}`,
			fixture.steps[i]!.when
		]);
		expect(cardWords(fixture, null).footer).toEqual([
			`A map explainer in ${fixture.steps.length} steps`
		]);
	});
});
