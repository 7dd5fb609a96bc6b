/**
 * The world locator inset of a close-up's static map: the shared world outline, and the view's
 * bounds marked on it. Decoration for sighted readers: the map's title already says where it is.
 */
import { LOCATOR_WORLD, locatorFor } from '../geo/locator.ts';
import { theme } from '../theme/theme.ts';
import type { Bounds } from '../story/types';
import { el } from './svg.ts';

/** The inset's box on the map: the top-right corner, clear of the legend (bottom left). */
export function insetBox(size: { width: number }) {
	const { width, height } = theme.inset;
	return { x: size.width - width - 10, y: 10, width, height };
}

export function drawInset(
	view: Bounds,
	world: string,
	box: { x: number; y: number; width: number; height: number }
): string {
	const { inset } = theme;
	const k = box.width / LOCATOR_WORLD.width;
	const { shifts, rect: r } = locatorFor(view, inset.minFrame / k);
	return el(
		'g',
		{ 'data-locator': 'true', 'aria-hidden': 'true' },
		el('rect', {
			x: box.x,
			y: box.y,
			width: box.width,
			height: box.height,
			fill: inset.sea,
			stroke: inset.border,
			'stroke-width': 1
		}) +
			el(
				'g',
				{ transform: `translate(${box.x},${box.y}) scale(${+k.toFixed(5)})` },
				// The world turned to the view: drawn once or twice side by side, cut to the inset
				// (a clip path: resvg, which draws the share cards, fails on a nested <svg> here).
				el('clipPath', { id: 'locator-world' }, el('rect', LOCATOR_WORLD)) +
					el(
						'g',
						{ 'clip-path': 'url(#locator-world)' },
						shifts
							.map((dx) =>
								el('path', {
									d: world,
									fill: inset.land,
									...(dx ? { transform: `translate(${dx},0)` } : {})
								})
							)
							.join('')
					) +
					el('rect', {
						...r,
						fill: 'none',
						stroke: inset.frame,
						'stroke-width': +(inset.frameWidth / k).toFixed(2)
					})
			)
	);
}
