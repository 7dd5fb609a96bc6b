import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/lib/theme/palette';

/** WCAG 2.2 contrast ratio of two "#rrggbb" colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('the map palette meets WCAG 2.2 AA', () => {
	it('computes contrast the WCAG way', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	it('labels read against their halo (text: 4.5:1)', () => {
		expect(contrast(palette.label, palette.halo)).toBeGreaterThanOrEqual(4.5);
	});

	it('highlighted countries, their outlines and the annexed hatching stand out from land and sea (graphics: 3:1)', () => {
		for (const colour of [palette.highlight, palette.highlightLine, palette.hatch]) {
			expect(contrast(colour, palette.land)).toBeGreaterThanOrEqual(3);
			expect(contrast(colour, palette.sea)).toBeGreaterThanOrEqual(3);
		}
	});

	it('member countries are told apart by an outline that meets 3:1, not by their pale fill alone', () => {
		expect(contrast(palette.memberLine, palette.land)).toBeGreaterThanOrEqual(3);
		expect(contrast(palette.memberLine, palette.member)).toBeGreaterThanOrEqual(1.5);
	});

	it('markers stand out from every fill they can sit on', () => {
		for (const fill of [palette.land, palette.sea, palette.member, palette.highlight]) {
			expect(contrast(palette.marker, fill)).toBeGreaterThanOrEqual(3);
		}
	});
});
