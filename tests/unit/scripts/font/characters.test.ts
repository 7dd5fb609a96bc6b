import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteCharacters, TYPOGRAPHY } from '../../../../scripts/font/characters.js';

let root = '';

/** A site of the given files (path → text) in a fresh folder; every source folder exists. */
function site(files: Record<string, string>) {
	root = mkdtempSync(join(tmpdir(), 'meridian-font-'));
	for (const dir of ['src', 'static/data', 'geo']) mkdirSync(join(root, dir), { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const has = (chars: number[], text: string) =>
	Array.from(text).every((c) => chars.includes(c.codePointAt(0)!));

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the characters the site can show', () => {
	it('are printable ASCII and typography’s punctuation even for an empty site', () => {
		const chars = siteCharacters(site({}));
		expect(has(chars, 'Step 3 of 18 ~{}')).toBe(true);
		expect(chars).toEqual(expect.arrayContaining(TYPOGRAPHY));
		expect(has(chars, 'é')).toBe(false);
	});

	it('take in a new story’s words, its sources, and a YAML escape as the letter it stands for', () => {
		const chars = siteCharacters(
			site({
				'src/content/new.yaml': 'title: "Gda\\u0144sk"\nsteps:\n  - text: Łódź\n',
				'src/content/sources/new.txt': 'Kraków'
			})
		);
		expect(has(chars, 'ńŁóź')).toBe(true);
	});

	it('take in the interface’s words and every name the map data and the gazetteer hold', () => {
		const chars = siteCharacters(
			site({
				'src/lib/ui/Next.svelte': '<button>Weiter ›</button>',
				'static/data/fine/labels.geojson': JSON.stringify({ name: 'Curaçao', ['Åland']: 1 }),
				'geo/places.json': '{"name": "T\\u00fcrkiye"}'
			})
		);
		expect(has(chars, '›çÅü')).toBe(true);
	});

	it('leave out control characters and files of other kinds', () => {
		const chars = siteCharacters(site({ 'src/a.svelte': 'a\tb\r\n\u0085', 'src/b.png': 'ÿ' }));
		expect(chars.some((c) => c < 0x20 || (c >= 0x7f && c <= 0x9f))).toBe(false);
		expect(has(chars, 'ÿ')).toBe(false);
	});
});
