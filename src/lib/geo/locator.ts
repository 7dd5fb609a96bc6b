/**
 * The world locator inset's geometry, shared by the live and the static map: an equirectangular
 * world 360 units wide and 180 tall (one unit a degree), turned so the view's middle longitude is
 * the inset's middle, and where the view's bounds sit on it. A view of Fiji or the Bering Strait
 * then sits in the middle of the inset, never split across its two edges.
 */
import { unwrapBounds } from '../data/longitude.js';
import type { Bounds } from '../story/types';

export const LOCATOR_WORLD = { width: 360, height: 180 } as const;

/** The locator for a view: the world's shifts (copies side by side) and the view's rectangle. */
export interface Locator {
	/** x offsets, in units, at which to draw the world (0…360 wide) so the view is centred. */
	shifts: number[];
	rect: { x: number; y: number; width: number; height: number };
}

/**
 * The view (as published: west > east across 180°, or east past 180) on the locator's world, in
 * its units; the rectangle never smaller than `min` units a side (kept centred), so a city-sized
 * view still shows as a mark a reader can see.
 */
export function locatorFor(view: Bounds, min: number): Locator {
	const [w, s, e, n] = unwrapBounds(view);
	const middle = Math.round((w + e) / 2);
	// The world's own x of a longitude is lon + 180; shifted so `middle` lands on x = 180.
	const shift = -middle;
	const x0 = Math.max(0, w - middle + 180);
	const x1 = Math.min(360, e - middle + 180);
	const y0 = Math.max(0, 90 - n);
	const y1 = Math.min(180, 90 - s);
	const grow = (a: number, b: number) => {
		const pad = Math.max(0, (min - (b - a)) / 2);
		return [a - pad, b + pad] as const;
	};
	const [x, xe] = grow(x0, x1);
	const [y, ye] = grow(y0, y1);
	const r = (v: number) => +v.toFixed(1);
	return {
		shifts: shift === 0 ? [0] : [shift, shift + (shift < 0 ? 360 : -360)],
		rect: { x: r(x), y: r(y), width: r(xe - x), height: r(ye - y) }
	};
}
