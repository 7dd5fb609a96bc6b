/**
 * The font step: Source Sans 3 cut to the characters the site can show (scripts/font/), run by
 * `npm run build` and `npm run dev` after the map data, so new content is never drawn without its
 * glyphs. Writes src/fonts/: the subset files and one stylesheet per family. They depend on every
 * story's characters, so src/fonts/ is a build output, git-ignored, never committed (a story's edit
 * must leave its author nothing else to commit); the tests cut the subset in memory. Deterministic:
 * the same content gives the same bytes, and a file whose bytes would not change is not rewritten.
 *
 *   node scripts/font.js [--root <dir>]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { siteCharacters } from './font/characters.js';
import { featuresAskedFor, featuresToKeep } from './font/features.js';
import { buildSubsets } from './font/subset.js';
import { FAMILIES, stylesheet } from './font/stylesheet.js';

export const OUT_DIR = 'src/fonts';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every file of src/fonts/ as the content under `root` makes it, by name.
 * @param {string} root
 */
export async function buildFonts(root) {
	const characters = siteCharacters(root);
	const features = featuresToKeep(characters, stylesheetFeatures(root));
	const { files, faces, missing } = await buildSubsets(characters, features);
	/** @type {Record<string, Uint8Array | string>} */
	const out = { ...files };
	for (const family of FAMILIES) {
		out[family.file] = stylesheet(family, faces, 'scripts/font.js from the site\u2019s content');
	}
	return { out, characters, features, missing };
}

/**
 * The OpenType features the site's stylesheets and components ask for.
 * @param {string} root
 */
function stylesheetFeatures(root) {
	return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(css|svelte)$/.test(name) && !name.startsWith('fonts'))
		.sort()
		.flatMap((name) =>
			featuresAskedFor(readFileSync(join(root, 'src', name), 'utf8'), join('src', name))
		);
}

async function main() {
	const { values } = parseArgs({ options: { root: { type: 'string' } } });
	const root = resolve(values.root ?? ROOT);
	const { out, characters, features, missing } = await buildFonts(root);
	const dir = join(root, OUT_DIR);
	mkdirSync(dir, { recursive: true });
	// A subset no content needs any more leaves no file behind.
	for (const name of readdirSync(dir)) if (!(name in out)) rmSync(join(dir, name));
	let written = 0;
	for (const [name, content] of Object.entries(out)) {
		const bytes = Buffer.from(content);
		const path = join(dir, name);
		if (existsSync(path) && readFileSync(path).equals(bytes)) continue;
		writeFileSync(path, bytes);
		written++;
	}
	const sizes = Object.entries(out)
		.filter(([name]) => name.endsWith('.woff2'))
		.map(
			([name, b]) => `${name} ${(gzipSync(b, { level: 9 }).length / 1000).toFixed(1)} kB gzipped`
		);
	console.log(
		`font: ${characters.length} characters, features ${features.join(' ')}; ${sizes.join(', ')}; ${written ? `wrote ${written} files to ${OUT_DIR}/` : 'up to date'}`
	);
	if (missing.length) {
		const list = missing.map((c) => `${String.fromCodePoint(c)} U+${c.toString(16).toUpperCase()}`);
		console.log(
			`font: not in Source Sans 3's Latin files, drawn in a fallback font: ${list.join(', ')}`
		);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((error) => {
		console.error(`font: ${error instanceof Error ? error.message : error}`);
		process.exit(1);
	});
}
