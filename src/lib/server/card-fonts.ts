/**
 * The fonts the share cards are drawn with: Source Sans 3, the site's typeface, so a card's text
 * never depends on the fonts of the machine that builds it. resvg reads TrueType, not WOFF2, and
 * draws a variable font only at its default instance (ExtraLight for Source Sans 3), so the cards
 * use Fontsource's static cuts of the same typeface (`@fontsource/source-sans-3`), unpacked to TTF
 * once per build in a cache folder.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import wawoff2 from 'wawoff2';

/** The family name inside the files, which the card's SVG asks for. */
export const CARD_FONT_FAMILY = 'Source Sans 3';

/** Weights the cards and the static maps inside them use (labels are 400 and 600). */
const WEIGHTS = [400, 600, 700];
/**
 * The Latin subset only (Basic Latin and Latin-1: "Türkiye", "Zürich"). The subsets share one
 * family name, and resvg takes the first face of a family without falling back to a second one
 * for a missing glyph, so loading Latin Extended beside it turned basic letters into boxes.
 */
const SUBSET = 'latin';

let files: Promise<string[]> | null = null;

/** Paths of the TTF files, unpacked on first use into `cacheDir`. */
export function cardFontFiles(
	cacheDir = join(process.cwd(), 'node_modules/.cache/meridian-card-fonts')
): Promise<string[]> {
	files ??= unpack(cacheDir);
	return files;
}

async function unpack(cacheDir: string): Promise<string[]> {
	const require = createRequire(import.meta.url);
	const pkg = require.resolve('@fontsource/source-sans-3/package.json');
	const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
	// One folder per release of the fonts, so an upgrade never reuses an older unpacked file.
	const out = join(cacheDir, version);
	mkdirSync(out, { recursive: true });
	const names = WEIGHTS.map((weight) => `source-sans-3-${SUBSET}-${weight}-normal`);
	const paths: string[] = [];
	// One at a time: wawoff2's decoder shares one buffer, and overlapping calls garbled the fonts.
	for (const name of names) {
		const ttf = join(out, `${name}.ttf`);
		if (!existsSync(ttf)) {
			const woff2 = readFileSync(join(dirname(pkg), 'files', `${name}.woff2`));
			// Written aside, then renamed: a build stopped mid-write never leaves half a font.
			writeFileSync(`${ttf}.part`, await wawoff2.decompress(woff2));
			renameSync(`${ttf}.part`, ttf);
		}
		paths.push(ttf);
	}
	return paths;
}
