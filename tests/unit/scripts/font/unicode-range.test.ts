import { describe, expect, it } from 'vitest';
import {
	formatUnicodeRange,
	inRanges,
	parseUnicodeRange,
	rangesOf,
	subtract
} from '../../../../scripts/font/unicode-range.js';

describe('unicode-range lists', () => {
	it('read single points, spans and wildcards', () => {
		expect(parseUnicodeRange('U+0000-00FF, U+0131,U+02??')).toEqual([
			[0, 0xff],
			[0x131, 0x131],
			[0x200, 0x2ff]
		]);
	});

	it('gather code points into the fewest runs, whatever their order and repeats', () => {
		expect(rangesOf([0x43, 0x41, 0x42, 0x42, 0x2019, 0x2018, 0x201c])).toEqual([
			[0x41, 0x43],
			[0x2018, 0x2019],
			[0x201c, 0x201c]
		]);
	});

	it('are written as CSS writes them, four hex digits at least', () => {
		expect(
			formatUnicodeRange([
				[0x20, 0x7e],
				[0xe9, 0xe9],
				[0x1f600, 0x1f601]
			])
		).toBe('U+0020-007E, U+00E9, U+1F600-1F601');
	});

	it('lose exactly the code points taken, splitting a run where one is taken from its middle', () => {
		const rest = subtract(
			[
				[0x20, 0x7e],
				[0x2013, 0x2014]
			],
			new Set([0x20, 0x41, 0x7e, 0x2013, 0x2014])
		);
		expect(rest).toEqual([
			[0x21, 0x40],
			[0x42, 0x7d]
		]);
		expect(inRanges(rest, 0x41)).toBe(false);
		expect(inRanges(rest, 0x42)).toBe(true);
	});
});
