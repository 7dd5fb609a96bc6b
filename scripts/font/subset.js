/**
 * Source Sans 3's subset for the site: from each of Fontsource's Latin and Latin-ext files, the
 * glyphs of the characters the site can show (characters.js), variable weight axis and all, cut
 * with HarfBuzz's subsetter (subset-font). Each full file stays as a face behind its subset, with
 * its own unicode-range less the subset's characters, so a character outside the subset still draws
 * in Source Sans 3: the browser fetches a full file only for a page that has such a character.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { Blob, Face } from 'harfbuzzjs';
import wawoff2 from 'wawoff2';
import { parseUnicodeRange, rangesOf, subtract } from './unicode-range.js';

const require = createRequire(import.meta.url);
const PACKAGE = '@fontsource-variable/source-sans-3';
const FONTSOURCE_DIR = dirname(require.resolve(`${PACKAGE}/package.json`));
/** @type {Record<string, string>} Fontsource's own unicode-range of each of its files. */
const FONTSOURCE_RANGES = JSON.parse(readFileSync(join(FONTSOURCE_DIR, 'unicode.json'), 'utf8'));

/** The Fontsource files the site uses, in the order a character is looked for in them. */
export const SUBSETS = ['latin', 'latin-ext'];

/** @param {string} subset */
const fullFile = (subset) => `source-sans-3-${subset}-wght-normal.woff2`;
/** @param {string} subset */
export const subsetFile = (subset) => `source-sans-3-${subset}-subset.woff2`;

/**
 * @typedef {{ url: string, unicodeRange: import('./unicode-range.js').Range[] }} FaceFile
 *   a font file (as the stylesheet names it) and the characters it is asked for
 */

/**
 * The code points a WOFF2 file maps to glyphs (its cmap).
 * @param {Uint8Array} woff2
 * @returns {Promise<number[]>}
 */
export async function codePointsOf(woff2) {
	const sfnt = await wawoff2.decompress(woff2);
	return [...new Face(new Blob(sfnt)).collectUnicodes()];
}

/**
 * The subset files and the faces, in the order a stylesheet declares them: each subset, then each
 * full file for what the subsets leave out. Characters no file has are returned as `missing`.
 * @param {readonly number[]} characters
 * @param {readonly string[]} features the OpenType layout features to keep (features.js)
 */
export async function buildSubsets(characters, features) {
	/** @type {Record<string, Uint8Array>} */
	const files = {};
	/** @type {FaceFile[]} */
	const subsets = [];
	/** @type {Set<number>} */
	const taken = new Set();
	for (const subset of SUBSETS) {
		const full = readFileSync(join(FONTSOURCE_DIR, 'files', fullFile(subset)));
		const has = new Set(await codePointsOf(full));
		const wanted = characters.filter((c) => has.has(c) && !taken.has(c));
		if (!wanted.length) continue;
		const bytes = await subsetFont(full, String.fromCodePoint(...wanted), {
			targetFormat: 'woff2',
			keepFeatures: [...features]
		});
		// The subset's own cmap, not the list asked for: its unicode-range must be what it holds.
		const held = await codePointsOf(bytes);
		for (const c of held) taken.add(c);
		files[subsetFile(subset)] = bytes;
		subsets.push({ url: `./${subsetFile(subset)}`, unicodeRange: rangesOf(held) });
	}
	const fulls = SUBSETS.map((subset) => ({
		url: `${PACKAGE}/files/${fullFile(subset)}`,
		unicodeRange: subtract(parseUnicodeRange(FONTSOURCE_RANGES[subset] ?? ''), taken)
	}));
	const missing = characters.filter((c) => !taken.has(c));
	return { files, faces: [...subsets, ...fulls], missing };
}
