import { describe, expect, it } from 'vitest';
import { cardSvg, titleLines, wrap, type Measure } from '../../../src/lib/static-map/card';

/** A fake font: every character is half the size wide, bold or not. */
const measure: Measure = (text, size) => text.length * size * 0.5;
/** The panel's text column: 440 px less 40 px each side. */
const COLUMN = 360;

describe('wrap', () => {
	it('fills each line with as many words as fit, in order', () => {
		const lines = wrap('one two three four five', 9, (line) => line.length <= 9);
		expect(lines).toEqual(['one two', 'three', 'four five']);
	});

	it('keeps a word longer than the line on a line of its own', () => {
		expect(wrap('a Mediterranean b', 5, (line) => line.length <= 5)).toEqual([
			'a',
			'Mediterranean',
			'b'
		]);
	});
});

describe('titleLines', () => {
	it('sets a short title at the largest size, every line within the column', () => {
		const { size, lines } = titleLines('Talks in Geneva', measure);
		expect(size).toBe(48);
		for (const line of lines) expect(measure(line, size, 700)).toBeLessThanOrEqual(COLUMN);
	});

	it('shrinks a long title until it fits in six lines', () => {
		const title =
			'NATO promises united response to Russian aggression against Ukraine, as allies prepare for a week of talks';
		const { size, lines } = titleLines(title, measure);
		expect(size).toBeLessThan(48);
		expect(lines.length).toBeLessThanOrEqual(6);
		expect(lines.join(' ')).toBe(title);
	});

	it('cuts a title too long for any size after six lines, marking the cut', () => {
		const { size, lines } = titleLines('word '.repeat(80), measure);
		expect(size).toBe(32);
		expect(lines).toHaveLength(6);
		expect(lines.at(-1)).toMatch(/…$/);
		for (const line of lines) expect(measure(line, size, 700)).toBeLessThanOrEqual(COLUMN);
	});
});

describe('cardSvg', () => {
	it('is 1200×630, with the words escaped and the map placed right of the panel', () => {
		const svg = cardSvg(
			{ kicker: 'Meridian', title: 'Talks <in> “Geneva” & Vienna', footer: ['Step 1 of 2'] },
			'<svg id="map"/>',
			measure
		);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1200 630"/);
		expect(svg).toContain('&lt;in&gt;');
		expect(svg).toContain('&amp;');
		expect(svg).not.toContain('<in>');
		expect(svg).toContain('<g transform="translate(440 0)"><svg id="map"/></g>');
		expect(svg).toContain('>MERIDIAN<');
		expect(svg).toContain('>Step 1 of 2<');
	});
});
