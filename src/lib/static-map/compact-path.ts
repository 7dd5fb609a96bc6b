/**
 * SVG path data for the static maps, written as small as it can be without a visible change: a
 * static map is the first thing a reader downloads, before the live map. d3-geo's own output
 * repeats absolute coordinates and keeps every point of the 1:50m shapes, most of them within a
 * pixel of the last. This context, given to `geoPath(projection, context)`:
 * - rounds to a tenth of a pixel and writes each point as a move from the one before (`m`, then
 *   implicit relative line-tos);
 * - drops a point closer than MIN_STEP px to the last one kept (a line keeps its end);
 * - leaves out a ring that keeps fewer than three points, or a line fewer than two: such shapes
 *   are smaller than a pixel.
 */

import { geoPath, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';

/** Points closer than this many pixels to the last one kept are dropped. */
export const MIN_STEP = 0.5;

/** A tenth of a pixel, the unit the path is written in. */
const tenths = (v: number) => Math.round(v * 10);

/** A number of tenths as the shortest decimal: 5 → ".5", -13 → "-1.3", 20 → "2". */
function decimal(t: number): string {
	const s = (t / 10).toString();
	return s.replace(/^(-?)0\./, '$1.');
}

export class CompactPath {
	#out = '';
	#points: [number, number][] = [];
	/** The pen, in tenths: where the last subpath left it (a closed ring leaves it at its start). */
	#pen: [number, number] = [0, 0];
	/** A line's latest point when it was too close to keep: it is still the line's end. */
	#last: [number, number] | null = null;

	/** Part of d3's context interface (a canvas's); each shape starts with moveTo anyway. */
	beginPath(): void {}

	moveTo(x: number, y: number): void {
		this.#flush(false);
		this.#points = [[x, y]];
	}

	lineTo(x: number, y: number): void {
		const [px, py] = this.#points.at(-1)!;
		if (Math.hypot(x - px, y - py) >= MIN_STEP) {
			this.#points.push([x, y]);
			this.#last = null;
		} else this.#last = [x, y];
	}

	closePath(): void {
		this.#flush(true);
	}

	/** A point feature, drawn by d3 as a circle of radius r after moveTo(x + r, y). */
	arc(x: number, y: number, r: number): void {
		this.#points = [];
		const start: [number, number] = [tenths(x + r), tenths(y)];
		const radius = decimal(tenths(r));
		const across = decimal(tenths(2 * r));
		this.#out +=
			`m${this.#delta(start)}` +
			`a${radius} ${radius} 0 1 1-${across} 0a${radius} ${radius} 0 1 1 ${across} 0`;
		this.#pen = start;
	}

	/** The path data written since the last call, or null for none (d3's "nothing to draw"). */
	result(): string | null {
		this.#flush(false);
		const d = this.#out;
		this.#out = '';
		// The next path's first move is read from the origin: a path's leading `m` is absolute.
		this.#pen = [0, 0];
		return d || null;
	}

	#flush(closed: boolean): void {
		const points = this.#points;
		if (!closed && this.#last) points.push(this.#last);
		this.#points = [];
		this.#last = null;
		const rounded: [number, number][] = [];
		for (const [x, y] of points) {
			const t: [number, number] = [tenths(x), tenths(y)];
			const prev = rounded.at(-1);
			if (!prev || prev[0] !== t[0] || prev[1] !== t[1]) rounded.push(t);
		}
		if (closed && rounded.length > 1) {
			const [first, end] = [rounded[0]!, rounded.at(-1)!];
			if (first[0] === end[0] && first[1] === end[1]) rounded.pop();
		}
		if (rounded.length < (closed ? 3 : 2)) return;
		let d = `m${this.#delta(rounded[0]!)}`;
		for (const p of rounded.slice(1)) d += joined(this.#delta(p));
		this.#out += closed ? `${d}z` : d;
		// After "z" the pen goes back to the ring's first point.
		if (closed) this.#pen = rounded[0]!;
	}

	/** The move from the pen to `to`, as "dx dy" (minus signs need no space), moving the pen. */
	#delta(to: [number, number]): string {
		const [dx, dy] = [decimal(to[0] - this.#pen[0]), decimal(to[1] - this.#pen[1])];
		this.#pen = to;
		return dx + joined(dy);
	}
}

/** A number written after another: a space between them, unless it starts with a minus. */
function joined(next: string): string {
	return next.startsWith('-') ? next : ` ${next}`;
}

/** A function drawing GeoJSON on `projection` as compact path data (null when nothing shows). */
export function compactPath(
	projection: GeoStreamWrapper
): (object: GeoPermissibleObjects) => string | null {
	const context = new CompactPath();
	const draw = geoPath(projection, context);
	return (object) => {
		draw(object);
		return context.result();
	};
}
