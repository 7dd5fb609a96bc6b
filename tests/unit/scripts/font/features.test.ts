import { describe, expect, it } from 'vitest';
import {
	DEFAULT_FEATURES,
	featuresAskedFor,
	featuresToKeep
} from '../../../../scripts/font/features.js';

describe('the layout features the subset keeps', () => {
	it('include those a stylesheet asks for by font-variant keyword or by tag', () => {
		const css = `.n { font-variant-numeric: tabular-nums slashed-zero; }
			.c { font-variant-caps: all-small-caps !important }
			.f { font-feature-settings: "ss01" 1, 'onum'; }`;
		expect(featuresAskedFor(css, 'x.css').sort()).toEqual(
			['c2sc', 'onum', 'smcp', 'ss01', 'tnum', 'zero'].sort()
		);
	});

	it('ignore a keyword that only turns features off, and font-variation-settings', () => {
		expect(
			featuresAskedFor(
				'p { font-variant-ligatures: no-common-ligatures; font-variation-settings: "wght" 600 }',
				'x.css'
			)
		).toEqual([]);
	});

	it('stop the build, naming the file, on a keyword they cannot map', () => {
		expect(() =>
			featuresAskedFor('p { font-variant-alternates: swash(fancy) }', 'src/x.svelte')
		).toThrow(/src\/x\.svelte: "font-variant-alternates: swash\(fancy\)".*VARIANT_KEYWORDS/);
	});

	it('are the browser’s defaults, plus fractions only where the text has a fraction slash', () => {
		expect(featuresToKeep([0x41], [])).toEqual([...DEFAULT_FEATURES].sort());
		expect(featuresToKeep([0x31, 0x2044, 0x32], ['tnum'])).toEqual(
			[...DEFAULT_FEATURES, 'dnom', 'frac', 'numr', 'tnum'].sort()
		);
	});
});
