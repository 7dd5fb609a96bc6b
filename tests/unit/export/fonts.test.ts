import { describe, expect, it } from 'vitest';
import { takeFonts } from '../../../scripts/export/fonts.js';

const latin = 'AAAA';
const ext = 'BBBB';
const face = (family: string, file: string, range?: string) =>
	`@font-face{font-family:${family};font-display:block;font-weight:200 900;src:url(data:font/woff2;base64,${file})format("woff2-variations")${range ? `;unicode-range:${range}` : ''}}`;
const css =
	face('"Source Sans 3"', latin, 'U+??,U+2000-206F') +
	face('"Source Sans 3"', ext, 'U+100-2BA') +
	face('Map Sans Semibold', latin) +
	'body{color:red}';

describe('takeFonts', () => {
	it('carries each font file once, however many faces use it, and leaves the rest of the stylesheet', () => {
		const { css: rest, fonts } = takeFonts(css, 'Kyiv – “talks”');
		expect(rest).toBe('body{color:red}');
		expect(Object.values(fonts.files)).toEqual([latin]);
		expect(fonts.faces.map((f) => f.family)).toEqual(['Source Sans 3', 'Map Sans Semibold']);
		expect(fonts.faces[0]?.descriptors).toMatchObject({
			weight: '200 900',
			unicodeRange: 'U+??,U+2000-206F',
			display: 'block'
		});
	});

	it('keeps a face for other scripts only when the story uses one of its characters', () => {
		const { fonts } = takeFonts(css, 'Łódź');
		expect(Object.values(fonts.files).sort()).toEqual([latin, ext].sort());
	});

	it('refuses a face it cannot carry, naming it', () => {
		expect(() => takeFonts('@font-face{font-family:X;src:url(x.woff2)}', 'a')).toThrow(
			/cannot carry: font-family:X/
		);
	});

	it("leaves a face of the reader's own fonts (the metric-matched fallback) in the stylesheet", () => {
		const fallback =
			'@font-face{font-family:"Source Sans 3 Fallback";src:local(Arial),local("Liberation Sans");size-adjust:91.5%}';
		const { css: rest, fonts } = takeFonts(fallback + css, 'a');
		expect(rest).toBe(fallback + 'body{color:red}');
		expect(fonts.faces.map((f) => f.family)).not.toContain('Source Sans 3 Fallback');
	});
});
