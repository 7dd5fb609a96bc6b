import { describe, expect, it } from 'vitest';
import {
	darkColours,
	inScheme,
	palette as lightPalette,
	theme,
	type Scheme
} from '../../../src/lib/theme/theme';

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

/** Every "#rrggbb" string anywhere in the theme. */
function themeColours(value: unknown): string[] {
	if (typeof value === 'string') return /^#[0-9a-f]{6}$/i.test(value) ? [value] : [];
	if (value && typeof value === 'object') return Object.values(value).flatMap(themeColours);
	return [];
}

it('gives every colour of the theme a dark counterpart', () => {
	const missing = themeColours(theme).filter((c) => !(c.toLowerCase() in darkColours));
	expect(missing).toEqual([]);
});

describe.each<Scheme>(['light', 'dark'])('the %s map palette meets WCAG 2.2 AA', (scheme) => {
	// The theme's colours as the scheme draws them.
	const c = (colour: string) => inScheme(colour, scheme);
	const palette = Object.fromEntries(
		Object.entries(lightPalette).map(([k, v]) => [k, c(v)])
	) as Record<keyof typeof lightPalette, string>;

	it('computes contrast the WCAG way', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	it('labels read against their halo (text: 4.5:1)', () => {
		expect(contrast(palette.label, palette.halo)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(palette.contextLabel, palette.halo)).toBeGreaterThanOrEqual(4.5);
	});

	it('sea names read against the sea they sit on (text: 4.5:1)', () => {
		expect(contrast(palette.seaLabel, palette.sea)).toBeGreaterThanOrEqual(4.5);
	});

	it('the locator’s frame stands out from the inset’s land and sea (graphics: 3:1)', () => {
		expect(contrast(c(theme.inset.frame), c(theme.inset.land))).toBeGreaterThanOrEqual(3);
		expect(contrast(c(theme.inset.frame), c(theme.inset.sea))).toBeGreaterThanOrEqual(3);
	});

	it('every highlight style and the annexed hatching stand out from land and sea (graphics: 3:1)', () => {
		const colours = [
			...theme.highlights.flatMap((h) => [h.fill, h.line]),
			theme.area.hatch.color
		].map(c);
		for (const colour of colours) {
			expect(contrast(colour, palette.land), colour).toBeGreaterThanOrEqual(3);
			expect(contrast(colour, palette.sea), colour).toBeGreaterThanOrEqual(3);
		}
	});

	it('group members are told apart by an outline that meets 3:1, not by their pale fill alone', () => {
		for (const g of theme.groups) {
			expect(contrast(c(g.line), palette.land), g.line).toBeGreaterThanOrEqual(3);
			expect(contrast(c(g.line), c(g.fill)), g.line).toBeGreaterThanOrEqual(1.5);
		}
	});

	it('overlay lines and sites stand out from land and sea', () => {
		const { movement, route, zone, site } = theme.overlays;
		for (const colour of [movement.color, route.color, zone.line, site.color].map(c)) {
			expect(contrast(colour, palette.land), colour).toBeGreaterThanOrEqual(3);
			expect(contrast(colour, palette.sea), colour).toBeGreaterThanOrEqual(3);
		}
	});

	it('markers stand out from every fill they can sit on', () => {
		const fills = [
			palette.land,
			palette.sea,
			...theme.groups.map((g) => c(g.fill)),
			c(theme.highlights[0]!.fill)
		];
		for (const fill of fills) {
			expect(contrast(c(theme.marker.fill), fill), fill).toBeGreaterThanOrEqual(3);
		}
	});
});
