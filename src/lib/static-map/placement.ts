/**
 * Greedy label placement for the static map, which is drawn without a browser to measure text:
 * widths are estimated from a sans-serif's character widths (on the wide side, so the fallback
 * fonts a reader may get still fit). Whatever must be drawn (markers, areas, the legend) is
 * placed first; then each context label only where it overlaps nothing and stays inside the map.
 */

/** A rectangle in the map's pixels. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Em widths of a bold sans (Arial/Liberation Bold, wider than Source Sans 3), by kind of character. */
function charWidth(c: string): number {
	if (c === ' ') return 0.28;
	if ("iIjlt.,:;|!’'f()-".includes(c)) return 0.33;
	if ('mwMW'.includes(c)) return 0.9;
	if (/[A-Z]/.test(c)) return 0.73;
	if (/[0-9]/.test(c)) return 0.56;
	return 0.6;
}

/** Estimated width of one line in pixels, letter spacing included. */
export function textWidth(line: string, size: number, letterSpacing = 0): number {
	return [...line].reduce((w, c) => w + charWidth(c) * size + letterSpacing, 0);
}

export type Anchor = 'start' | 'middle' | 'end';

/** The box of a text block whose first baseline is at (x, y), one line per `lineHeight`. */
export function textBox(
	lines: string[],
	at: { x: number; y: number; anchor: Anchor },
	style: { size: number; lineHeight: number; letterSpacing?: number; halo?: number }
): Box {
	const width = Math.max(...lines.map((l) => textWidth(l, style.size, style.letterSpacing)));
	const halo = style.halo ?? 2;
	const x0 = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2;
	return {
		x0: x0 - halo,
		y0: at.y - style.size * 0.8 - halo,
		x1: x0 + width + halo,
		y1: at.y + style.size * 0.25 + (lines.length - 1) * style.lineHeight + halo
	};
}

export const overlaps = (a: Box, b: Box) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Boxes already taken on one map, inside its frame. */
export class Placer {
	readonly taken: Box[] = [];
	constructor(private frame: Box) {}

	inside(b: Box): boolean {
		return (
			b.x0 >= this.frame.x0 &&
			b.y0 >= this.frame.y0 &&
			b.x1 <= this.frame.x1 &&
			b.y1 <= this.frame.y1
		);
	}

	free(b: Box): boolean {
		return this.inside(b) && !this.taken.some((t) => overlaps(t, b));
	}

	take(b: Box): void {
		this.taken.push(b);
	}

	/**
	 * Places the first candidate that is free; if none is, the one that overlaps least (for what
	 * must be drawn). Returns its index, or -1 when `optional` and none is free.
	 */
	place(candidates: Box[], optional: boolean): number {
		const free = candidates.findIndex((b) => this.free(b));
		if (free >= 0 || optional) {
			if (free >= 0) this.take(candidates[free]!);
			return free;
		}
		const cost = (b: Box) =>
			(this.inside(b) ? 0 : 1000) + this.taken.filter((t) => overlaps(t, b)).length;
		const best = candidates.reduce((bi, b, i) => (cost(b) < cost(candidates[bi]!) ? i : bi), 0);
		this.take(candidates[best]!);
		return best;
	}
}
