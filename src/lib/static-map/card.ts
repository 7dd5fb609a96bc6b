/**
 * A share card as SVG: the picture a link to a story or a step shows on social sites and in chat
 * (1200×630, the size Open Graph and Twitter's large card expect). The words sit in a panel on the
 * left, the step's static map fills the right. Text is wrapped with a measuring function the
 * caller supplies (the renderer's own metrics), so this module stays pure.
 */
import { el, text } from './svg.ts';

export const CARD_SIZE = { width: 1200, height: 630 };
/** The width of the words' panel; the map takes the rest of the card. */
const PANEL = 440;
const PAD = 40;
/** The size the map is drawn at, to the right of the panel. */
export const CARD_MAP_SIZE = { width: CARD_SIZE.width - PANEL, height: CARD_SIZE.height };

/** The page's light colours (src/app.css): text, muted text, accent, accent text, rules. */
const INK = '#1f1f1f';
const MUTED = '#555555';
const ACCENT = '#c8472b';
const ACCENT_TEXT = '#a33a22';
const RULE = '#d8d4cc';

/** Title sizes tried largest first; the first that fits in `TITLE_LINES` lines wins. */
const TITLE_SIZES = [48, 44, 40, 36, 32];
const TITLE_LINES = 6;
const TITLE_TOP = 132;
const FOOTER_SIZE = 24;

/** Width in px of `text` set in the card's font at `size` px and `weight`. */
export type Measure = (text: string, size: number, weight: number) => number;

export interface CardWords {
	/** A short line above the title (the site's name). */
	kicker: string;
	title: string;
	/** One to three short lines at the foot of the panel (which step, its date). */
	footer: string[];
}

/** Greedy line breaking at spaces: as many words on each line as fit in `width`. */
export function wrap(words: string, width: number, fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	for (const word of words.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** The title's size and lines: the largest size that fits, else the smallest, cut with "…". */
export function titleLines(title: string, measure: Measure): { size: number; lines: string[] } {
	const width = PANEL - 2 * PAD;
	for (const size of TITLE_SIZES) {
		const lines = wrap(title, width, (line) => measure(line, size, 700) <= width);
		if (lines.length <= TITLE_LINES) return { size, lines };
	}
	const size = TITLE_SIZES.at(-1)!;
	const lines = wrap(title, width, (line) => measure(`${line}…`, size, 700) <= width);
	return { size, lines: [...lines.slice(0, TITLE_LINES - 1), `${lines[TITLE_LINES - 1]}…`] };
}

/** The card: `words` in the panel, `mapSvg` (drawn at CARD_MAP_SIZE) to its right. */
export function cardSvg(words: CardWords, mapSvg: string, measure: Measure): string {
	const { size, lines } = titleLines(words.title, measure);
	const footerTop = CARD_SIZE.height - PAD - (words.footer.length - 1) * FOOTER_SIZE * 1.25;
	const panel = [
		el('rect', { width: PANEL, height: CARD_SIZE.height, fill: '#ffffff' }),
		el('rect', { width: PANEL, height: 12, fill: ACCENT }),
		text(
			[words.kicker.toUpperCase()],
			{
				x: PAD,
				y: 84,
				'font-size': 22,
				'font-weight': 700,
				'letter-spacing': 2.5,
				fill: ACCENT_TEXT
			},
			22
		),
		text(
			lines,
			{ x: PAD, y: TITLE_TOP + size * 0.8, 'font-size': size, 'font-weight': 700, fill: INK },
			Math.round(size * 1.15)
		),
		text(
			words.footer,
			{ x: PAD, y: footerTop, 'font-size': FOOTER_SIZE, 'font-weight': 600, fill: MUTED },
			FOOTER_SIZE * 1.25
		),
		el('rect', { x: PANEL - 1, width: 1, height: CARD_SIZE.height, fill: RULE })
	];
	return el(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${CARD_SIZE.width} ${CARD_SIZE.height}`,
			width: CARD_SIZE.width,
			height: CARD_SIZE.height,
			'font-family': "'Source Sans 3'"
		},
		// A nested <svg> is placed at the origin of its parent's user space: the group moves it.
		panel.join('') + el('g', { transform: `translate(${PANEL} 0)` }, mapSvg)
	);
}
