/**
 * The world locator inset's geometry, shared by the live and the static map: an equirectangular
 * world 360 units wide and 180 tall (one unit a degree), and where a view's bounds sit on it.
 */
import type { Bounds } from '../story/types';

export const LOCATOR_WORLD = { width: 360, height: 180 } as const;

/**
 * The view as a rectangle on the locator's world, in its units; never smaller than `min` units a
 * side (kept centred), so a city-sized view still shows as a mark a reader can see.
 */
export function locatorRect([w, s, e, n]: Bounds, min: number) {
	const x0 = Math.max(0, w + 180);
	const x1 = Math.min(360, e + 180);
	const y0 = Math.max(0, 90 - n);
	const y1 = Math.min(180, 90 - s);
	const grow = (a: number, b: number) => {
		const pad = Math.max(0, (min - (b - a)) / 2);
		return [a - pad, b + pad] as const;
	};
	const [x, xe] = grow(x0, x1);
	const [y, ye] = grow(y0, y1);
	const r = (v: number) => +v.toFixed(1);
	return { x: r(x), y: r(y), width: r(xe - x), height: r(ye - y) };
}
