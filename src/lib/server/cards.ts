/**
 * Share cards as PNG, drawn at build time with resvg from the card's SVG (static-map/card.ts):
 * the step's static map, drawn again at the card's map size, and the story's title.
 */
import { Resvg, type RenderedImage, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CARD_MAP_SIZE, cardSvg, type Measure } from '../static-map/card.ts';
import { renderStaticMap } from '../static-map/render.ts';
import { el } from '../static-map/svg.ts';
import { escapeXml } from '../text/escape.ts';
import type { Scene } from '../story/types';
import type { CardWords } from '../static-map/card.ts';
import { CARD_FONT_FAMILY, cardFontFiles } from './card-fonts.ts';
import { loadStaticMapData } from './static-maps.ts';

async function options(): Promise<ResvgRenderOptions> {
	return {
		// Only the site's typeface: a card looks the same on every machine that builds it.
		font: {
			fontFiles: await cardFontFiles(),
			loadSystemFonts: false,
			defaultFontFamily: CARD_FONT_FAMILY
		},
		fitTo: { mode: 'original' }
	};
}

/** Measures text by laying it out with resvg itself, the renderer that draws the card. */
function measurer(opts: ResvgRenderOptions): Measure {
	return (line, size, weight) => {
		const svg = el(
			'svg',
			{ xmlns: 'http://www.w3.org/2000/svg', width: 4000, height: 200 },
			el(
				'text',
				{ x: 0, y: 150, 'font-size': size, 'font-weight': weight, 'font-family': CARD_FONT_FAMILY },
				escapeXml(line)
			)
		);
		const box = new Resvg(svg, opts).innerBBox();
		return box ? box.x + box.width : 0;
	};
}

/** The card of a scene, with `words` beside its map, as a bitmap (1200×630). */
export async function renderCard(scene: Scene, words: CardWords): Promise<RenderedImage> {
	const opts = await options();
	const map = renderStaticMap(scene, loadStaticMapData(process.cwd()), CARD_MAP_SIZE);
	return new Resvg(cardSvg(words, map, measurer(opts)), opts).render();
}

/** The card as PNG bytes, what /cards/… serves. */
export async function cardPng(scene: Scene, words: CardWords): Promise<Buffer> {
	return (await renderCard(scene, words)).asPng();
}
