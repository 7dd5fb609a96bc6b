import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardFontFiles } from '../../../src/lib/server/card-fonts';
import { cardPng, renderCard } from '../../../src/lib/server/cards';
import { cardWords } from '../../../src/lib/server/share';
import { fixture, fixtureScenes } from '../../helpers/fixture-story';
import { pngSize } from '../../helpers/png';

/** How many pixels in a box are dark (ink), from resvg's RGBA bitmap. */
function inkIn(
	image: { pixels: Buffer; width: number },
	box: { x0: number; y0: number; x1: number; y1: number }
): number {
	// `pixels` is a getter that copies the whole bitmap out of resvg: read it once.
	const px = image.pixels;
	let ink = 0;
	for (let y = box.y0; y < box.y1; y++)
		for (let x = box.x0; x < box.x1; x++) {
			const i = (y * image.width + x) * 4;
			if (px[i]! < 96 && px[i + 1]! < 96 && px[i + 2]! < 96) ink++;
		}
	return ink;
}

describe('share cards', () => {
	it('unpacks the Source Sans 3 cuts the cards use to TrueType files', async () => {
		const files = await cardFontFiles();
		expect(files.map((f) => f.replace(/.*\//, ''))).toEqual([
			'source-sans-3-latin-400-normal.ttf',
			'source-sans-3-latin-600-normal.ttf',
			'source-sans-3-latin-700-normal.ttf'
		]);
		for (const file of files) {
			const bytes = readFileSync(file);
			// sfnt version 1.0 (TrueType outlines) or "OTTO" (CFF): what resvg can read, not WOFF2.
			expect(['00010000', '4f54544f']).toContain(bytes.subarray(0, 4).toString('hex'));
			// The family's name, as the name table stores it for Windows (UTF-16, big-endian).
			expect(bytes.includes(Buffer.from('Source Sans 3', 'utf16le').swap16())).toBe(true);
		}
	});

	it('draws a PNG of 1200×630 for a step', async () => {
		const png = await cardPng(fixtureScenes[0]!, cardWords(fixture, 0));
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
	});

	it('draws the title in the panel as text, and the panel is otherwise blank', async () => {
		const image = await renderCard(fixtureScenes[0]!, cardWords(fixture, 0));
		// Dark ink where the title is set (from y 132), none in the gap between title and footer.
		expect(inkIn(image, { x0: 40, y0: 132, x1: 400, y1: 190 })).toBeGreaterThan(500);
		expect(inkIn(image, { x0: 40, y0: 420, x1: 400, y1: 500 })).toBe(0);
	});
});
