/**
 * Padding for framing places with MapLibre's `cameraForBounds`: a margin that grows with the map,
 * plus room for anything drawn over the map (legend, credits), so a framed place never sits
 * under an overlay. Pure: the map component measures, this decides.
 */

/** Shared with the geo pipeline, which needs it to tell close-ups (src/lib/data/close-ups.js). */
export { MAX_FIT_ZOOM } from '../data/close-ups.js';

export interface Size {
	width: number;
	height: number;
}

/** A rectangle relative to the map's top-left corner, in CSS pixels. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)));

/**
 * The base margins: 8% of the height (20–80 px) above and below, and 14% of the width (24–150 px)
 * at the sides, where a marker's label (about 8–10 characters wide) must still fit on screen.
 */
export function baseMargin(size: Size): { vertical: number; horizontal: number } {
	return {
		vertical: clamp(size.height * 0.08, 20, 80),
		horizontal: clamp(size.width * 0.14, 24, 150)
	};
}

/**
 * Each overlay pushes the padding on the side it hugs (the nearest map edge) past its far edge.
 * The result always leaves at least 40% of each dimension for the framed places.
 */
export function framePadding(size: Size, overlays: Rect[] = []): Padding {
	const { vertical, horizontal } = baseMargin(size);
	const p: Padding = { top: vertical, right: horizontal, bottom: vertical, left: horizontal };
	for (const o of overlays) {
		if (o.width <= 0 || o.height <= 0) continue;
		// Padding needed on each side to clear the overlay; take the cheapest relative to the map's
		// size, so a wide legend at the bottom pushes the bottom edge up, not the left edge in.
		const costs = {
			top: o.y + o.height,
			bottom: size.height - o.y,
			left: o.x + o.width,
			right: size.width - o.x
		};
		const side = (Object.keys(costs) as (keyof Padding)[]).reduce((a, b) =>
			costs[a] / (a === 'top' || a === 'bottom' ? size.height : size.width) <=
			costs[b] / (b === 'top' || b === 'bottom' ? size.height : size.width)
				? a
				: b
		);
		p[side] = Math.max(p[side], costs[side] + vertical / 2);
	}
	return fit(p, size);
}

function fit(p: Padding, size: Size): Padding {
	const squeeze = (a: number, b: number, total: number): [number, number] => {
		const max = total * 0.6;
		if (a + b <= max) return [a, b];
		const k = max / (a + b);
		return [Math.floor(a * k), Math.floor(b * k)];
	};
	const [top, bottom] = squeeze(p.top, p.bottom, size.height);
	const [left, right] = squeeze(p.left, p.right, size.width);
	return { top, right, bottom, left };
}
