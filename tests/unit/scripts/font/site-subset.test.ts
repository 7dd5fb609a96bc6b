import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFonts } from '../../../../scripts/font.js';
import { FAMILIES } from '../../../../scripts/font/stylesheet.js';
import { buildSubsets, codePointsOf, SUBSETS } from '../../../../scripts/font/subset.js';
import { parseUnicodeRange } from '../../../../scripts/font/unicode-range.js';
import { scenesOf, stories } from '../../../../src/lib/server/stories';

const FONTSOURCE = 'node_modules/@fontsource-variable/source-sans-3/files';
/**
 * What the font step makes of today's content, in memory: src/fonts/ is a build output
 * (git-ignored, written by `npm run build`), so these tests must not need a build first.
 */
const { out } = await buildFonts(process.cwd());
function made(name: string, files = out): Buffer {
	const file = files[name];
	if (file === undefined) throw new Error(`the font step makes no ${name}`);
	return Buffer.from(file);
}
const subsetFiles = Object.keys(out).filter((name) => name.endsWith('-subset.woff2'));

/** Every string in a value: a story's words, a scene's labels and markers, a data file's names. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/** Code points of the subsets the site ships, and of Fontsource's full files (what exists at all). */
async function cmaps() {
	const shipped = new Set<number>();
	for (const name of subsetFiles) {
		for (const c of await codePointsOf(made(name))) shipped.add(c);
	}
	const full = new Set<number>();
	for (const subset of SUBSETS) {
		const file = join(FONTSOURCE, `source-sans-3-${subset}-wght-normal.woff2`);
		for (const c of await codePointsOf(readFileSync(file))) full.add(c);
	}
	return { shipped, full };
}

/** The characters of `texts` the font has and the shipped subsets lack, each with where it is. */
function lacking(texts: { where: string; text: string }[], has: Set<number>, full: Set<number>) {
	const out = new Map<string, string>();
	for (const { where, text } of texts) {
		for (const c of text) {
			const code = c.codePointAt(0)!;
			if (full.has(code) && !has.has(code) && !out.has(c)) out.set(c, where);
		}
	}
	return [...out].map(([c, where]) => `${c} (U+${c.codePointAt(0)!.toString(16)}) in ${where}`);
}

/** A stylesheet's faces: the file each names and the code points it claims. */
function faces(css: string) {
	return [...css.matchAll(/src: url\('([^']+)'\)[^;]*;\s*unicode-range: ([^;]+);/g)].map((m) => ({
		url: m[1]!,
		claims: parseUnicodeRange(m[2]!).flatMap(([low, high]) =>
			Array.from({ length: high - low + 1 }, (_, i) => low + i)
		)
	}));
}

describe('the subset of Source Sans 3 the site loads', () => {
	it('has every character of every story and its scenes (markers, labels, legend, descriptions)', async () => {
		const { shipped, full } = await cmaps();
		const texts = stories.flatMap((story) => [
			...strings(story).map((text) => ({ where: story.slug, text })),
			...strings(scenesOf(story)).map((text) => ({ where: `${story.slug}'s scenes`, text }))
		]);
		expect(texts.join('').length).toBeGreaterThan(10_000);
		expect(lacking(texts, shipped, full)).toEqual([]);
	});

	it('has every name the map data can label (static/data/)', async () => {
		const { shipped, full } = await cmaps();
		const files = readdirSync('static/data', { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(json|geojson)$/.test(f)
		);
		const texts = files.flatMap((file) =>
			strings(JSON.parse(readFileSync(join('static/data', file), 'utf8'))).map((text) => ({
				where: file,
				text
			}))
		);
		expect(texts.some(({ text }) => text === 'Åland')).toBe(true);
		expect(lacking(texts, shipped, full)).toEqual([]);
	});

	it('is named, with exactly the characters it holds, first in every family’s stylesheet', async () => {
		const latin = made('source-sans-3-latin-subset.woff2');
		const held = (await codePointsOf(latin)).sort((a, b) => a - b);
		for (const { file } of FAMILIES) {
			const [first, ...rest] = faces(made(file).toString('utf8'));
			expect(first?.url, file).toBe('./source-sans-3-latin-subset.woff2');
			expect(first?.claims, file).toEqual(held);
			// The full files behind it are asked for nothing it holds, so a page needs only the subset.
			for (const face of rest)
				expect(
					face.claims.filter((c) => held.includes(c)),
					face.url
				).toEqual([]);
		}
	});

	it('is the same, byte for byte, each time the font step makes it from the same content', async () => {
		const again = (await buildFonts(process.cwd())).out;
		expect(Object.keys(again).sort()).toEqual(Object.keys(out).sort());
		for (const name of Object.keys(out))
			expect(made(name, again).equals(made(name)), name).toBe(true);
	});
});

describe('the font step', () => {
	it('cuts a Latin-ext subset for a new story’s letters and leaves them out of the full file’s range', async () => {
		const story = Array.from('Łódź, Gdańsk', (c) => c.codePointAt(0)!);
		const { files, faces: made, missing } = await buildSubsets(story, ['kern', 'liga']);
		expect(Object.keys(files).sort()).toEqual([
			'source-sans-3-latin-ext-subset.woff2',
			'source-sans-3-latin-subset.woff2'
		]);
		const ext = await codePointsOf(files['source-sans-3-latin-ext-subset.woff2']!);
		expect(ext.sort()).toEqual(Array.from('Łźń', (c) => c.codePointAt(0)!).sort());
		const fullExt = made.find((f) => f.url.endsWith('latin-ext-wght-normal.woff2'))!;
		expect(fullExt.unicodeRange.some(([low, high]) => 0x141 >= low && 0x141 <= high)).toBe(false);
		expect(missing).toEqual([]);
	});

	it('reports a character no Latin file has, rather than dropping it silently', async () => {
		const { missing } = await buildSubsets([0x41, 0x2192], []);
		expect(missing).toEqual([0x2192]);
	});
});
