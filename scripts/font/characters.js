/**
 * The characters the site can show, read from its files rather than listed by hand, so a new story,
 * place or label needs no code change: the font step (scripts/font.js) keeps exactly these glyphs
 * in the subset every page loads.
 *
 * Where they come from, each relative to the project's root:
 * - printable ASCII and the punctuation good typography reaches for, whether or not a file has it
 *   yet (text the code makes, such as numbers and "Step 3 of 18", is ASCII);
 * - every story file, its GeoJSON and the texts it was made from (`src/content/`);
 * - every component, module and stylesheet of the site (`src/`): the interface's words. Comments
 *   are read too: a letter only a comment has costs a glyph (about 100 bytes), where a word the
 *   interface shows and the subset lacks would be drawn from a second file;
 * - every name the maps can draw: the built map data (`static/data/`) and the pipeline's sources
 *   (`geo/*.json`), where the places the stories' markers name come from.
 *
 * JSON and YAML files are also parsed, so a character written as an escape (`\u2019`) counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Printable ASCII, U+0020 to U+007E. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/**
 * Typography's punctuation: no-break and thin spaces, soft hyphen, en and em dashes, curly quotes
 * single and double (and low-9), guillemets, ellipsis, primes, middle dot, bullet, degree,
 * multiplication and minus signs, copyright. (Source Sans 3's Latin file has no narrow no-break
 * space or no-break hyphen.)
 */
export const TYPOGRAPHY = [
	0x00a0, 0x2009, 0x00ad, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x00ab,
	0x00bb, 0x2039, 0x203a, 0x2026, 0x2032, 0x2033, 0x00b7, 0x2022, 0x00b0, 0x00d7, 0x2212, 0x00a9
];

/** Each folder read, and which of its files (by name) count. */
export const SOURCES = [
	{ dir: 'src', match: /\.(svelte|ts|js|css|yaml|geojson|txt)$/ },
	{ dir: 'static/data', match: /\.(json|geojson)$/ },
	{ dir: 'geo', match: /^[^/\\]+\.json$/ }
];

/**
 * Every code point the site's files can show, sorted, without control characters.
 * @param {string} root the project's root
 * @returns {number[]}
 */
export function siteCharacters(root) {
	const found = new Set([...ASCII, ...TYPOGRAPHY]);
	for (const { dir, match } of SOURCES) {
		const names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
			.filter((name) => match.test(name))
			.sort();
		for (const name of names) {
			for (const c of charactersOf(name, readFileSync(join(root, dir, name), 'utf8'))) found.add(c);
		}
	}
	return [...found].filter(shown).sort((a, b) => a - b);
}

/**
 * The code points of a file's text, and of its strings once parsed (JSON, YAML).
 * @param {string} name
 * @param {string} text
 * @returns {Set<number>}
 */
export function charactersOf(name, text) {
	const found = new Set(Array.from(text, (c) => /** @type {number} */ (c.codePointAt(0))));
	const parsed = parse(name, text);
	for (const value of strings(parsed)) {
		for (const c of value) found.add(/** @type {number} */ (c.codePointAt(0)));
	}
	return found;
}

/**
 * A file's data, or undefined if it is not data or does not parse (the content checks report that).
 * @param {string} name
 * @param {string} text
 * @returns {unknown}
 */
function parse(name, text) {
	try {
		if (/\.(json|geojson)$/.test(name)) return JSON.parse(text);
		if (/\.ya?ml$/.test(name)) return parseYaml(text);
	} catch {
		return undefined;
	}
	return undefined;
}

/**
 * Every string in a parsed value, keys included.
 * @param {unknown} value
 * @returns {Generator<string>}
 */
function* strings(value) {
	if (typeof value === 'string') yield value;
	else if (Array.isArray(value)) for (const item of value) yield* strings(item);
	else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			yield key;
			yield* strings(item);
		}
	}
}

/** Not a control character (C0, DEL, C1) or a lone surrogate: something a font draws. */
function shown(/** @type {number} */ c) {
	return c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && !(c >= 0xd800 && c <= 0xdfff);
}
