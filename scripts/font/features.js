/**
 * The OpenType layout features the subset keeps: those browsers apply to Latin text by themselves,
 * and those the site's stylesheets ask for (`font-variant-*`, `font-feature-settings`). Every other
 * feature's glyphs (fractions, proportional figures...) are left out: that is 2.2 KB of the 17.8 KB
 * a subset keeping them all weighs.
 */

/**
 * What HarfBuzz (Chromium's and Firefox's shaper) applies to horizontal text unasked: its common
 * and horizontal features, and `rvrn` for variable fonts.
 */
export const DEFAULT_FEATURES = [
	'abvm',
	'blwm',
	'ccmp',
	'locl',
	'mark',
	'mkmk',
	'rlig',
	'rvrn',
	'calt',
	'clig',
	'curs',
	'dist',
	'kern',
	'liga',
	'rclt'
];

/** HarfBuzz also applies these, around a fraction slash (U+2044) only. */
const FRACTION_SLASH = 0x2044;
const FRACTION_FEATURES = ['frac', 'numr', 'dnom'];

/** Each `font-variant-*` keyword → the features it turns on (none: it only turns one off). */
const VARIANT_KEYWORDS = /** @type {Record<string, string[]>} */ ({
	normal: [],
	none: [],
	inherit: [],
	initial: [],
	unset: [],
	'lining-nums': ['lnum'],
	'oldstyle-nums': ['onum'],
	'proportional-nums': ['pnum'],
	'tabular-nums': ['tnum'],
	'diagonal-fractions': ['frac'],
	'stacked-fractions': ['afrc'],
	ordinal: ['ordn'],
	'slashed-zero': ['zero'],
	'small-caps': ['smcp'],
	'all-small-caps': ['smcp', 'c2sc'],
	'petite-caps': ['pcap'],
	'all-petite-caps': ['pcap', 'c2pc'],
	unicase: ['unic'],
	'titling-caps': ['titl'],
	sub: ['subs'],
	super: ['sups'],
	'common-ligatures': [],
	'no-common-ligatures': [],
	'discretionary-ligatures': ['dlig'],
	'no-discretionary-ligatures': [],
	'historical-ligatures': ['hlig'],
	'no-historical-ligatures': [],
	contextual: [],
	'no-contextual': []
});

/**
 * The features a stylesheet's text asks for. Throws, naming the declaration, on a value this list
 * does not know, so a new one is added here rather than drawn without its glyphs.
 * @param {string} css any text holding CSS declarations (a stylesheet, a component)
 * @param {string} where the file, for the message
 * @returns {string[]}
 */
export function featuresAskedFor(css, where) {
	/** @type {string[]} */
	const features = [];
	for (const [declaration, property, value = ''] of css.matchAll(
		/font-(variant(?:-[a-z-]+)?|feature-settings)\s*:\s*([^;}]+)/gi
	)) {
		if (property === 'feature-settings') {
			features.push(...Array.from(value.matchAll(/["']([a-z0-9]{4})["']/gi), (m) => m[1] ?? ''));
			continue;
		}
		for (const keyword of value.replace('!important', '').trim().toLowerCase().split(/\s+/)) {
			const asked = VARIANT_KEYWORDS[keyword];
			if (!asked) {
				throw new Error(
					`${where}: "${declaration.trim()}" asks for OpenType features the font step does not know; add "${keyword}" to VARIANT_KEYWORDS in scripts/font/features.js`
				);
			}
			features.push(...asked);
		}
	}
	return features;
}

/**
 * The features to keep: the defaults, the fraction features if the text has a fraction slash, and
 * those the stylesheets ask for; sorted, each once.
 * @param {readonly number[]} codePoints
 * @param {readonly string[]} asked
 */
export function featuresToKeep(codePoints, asked) {
	const fractions = codePoints.includes(FRACTION_SLASH) ? FRACTION_FEATURES : [];
	return [...new Set([...DEFAULT_FEATURES, ...fractions, ...asked])].sort();
}
