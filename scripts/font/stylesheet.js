/**
 * The @font-face rules of one family over the subset's faces (subset.js). Every face of a family
 * has the same descriptors but its file and unicode-range: the browser treats faces alike in all
 * else as one font, split by character, so it looks for a letter in whichever face claims it.
 */
import { formatUnicodeRange } from './unicode-range.js';

/**
 * @typedef {{ family: string, display: 'swap' | 'block', file: string, why: string }} Family
 *   a family name the site's stylesheets use, its font-display, the stylesheet it is written to
 *   and why it exists (the stylesheet's header)
 */

/** The families over Source Sans 3's files; each stylesheet is imported where its family is used. */
export const FAMILIES = /** @type {const} @satisfies {readonly Family[]} */ ([
	{
		family: 'Source Sans 3',
		display: 'swap',
		file: 'source-sans-3.css',
		why: "The page's text (src/app.css): a first visit reads in the metric-matched fallback until the font arrives."
	},
	{
		family: 'Map Sans Semibold',
		display: 'block',
		file: 'map-sans-semibold.css',
		why: "The map's labels (src/app.css): the same files under a name MapLibre 5 can parse; the map waits for it."
	},
	{
		family: 'Source Sans 3 Handout',
		display: 'block',
		file: 'source-sans-3-handout.css',
		why: 'The print handout (src/lib/ui/handout-font.css): a printout must not start in the fallback.'
	}
]);

/**
 * @param {Family} family
 * @param {readonly import('./subset.js').FaceFile[]} faces
 * @param {string} made how the file was made, for its header
 */
export function stylesheet(family, faces, made) {
	const rules = faces
		.filter((face) => face.unicodeRange.length > 0)
		.map(
			(face) => `@font-face {
	font-family: '${family.family}';
	font-style: normal;
	font-display: ${family.display};
	font-weight: 200 900;
	src: url('${face.url}') format('woff2-variations');
	unicode-range: ${formatUnicodeRange(face.unicodeRange)};
}
`
		);
	return `/*
 * Made by ${made}: do not edit. ${family.why}
 */
${rules.join('\n')}`;
}
