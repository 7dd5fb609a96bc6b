/**
 * The data-* contract while the static map stands in for the live one (no WebGL, a lost GPU
 * context): the scene framed in the map's box the way the live map and the static SVG frame it
 * (the same projection), in the strings a settled live map publishes. So the published state and
 * the embed's step messages keep following the reader when only the static map is on screen.
 */
import type { Padding, Size } from '$lib/geo/framing';
import { wrapBounds } from '$lib/data/longitude.js';
import { projectionFor } from '$lib/static-map/projection';
import type { Scene } from '$lib/story/types';
import type { SettledState } from './controller';

/** MapLibre's zoom for a Web Mercator scale (a 512-pixel world at zoom 0). */
const zoomAt = (scale: number) => Math.log2((scale * 2 * Math.PI) / 512);

/** The settled state of `scene` drawn as a static map `size` CSS px large, framed with `padding`. */
export function staticState(
	scene: Scene,
	size: Size,
	padding: Padding,
	scheme: SettledState['scheme'] = 'light'
): SettledState {
	const projection = projectionFor(scene.camera, size, padding);
	const [lon, lat] = projection.invert!([size.width / 2, size.height / 2])!;
	const [, north] = projection.invert!([size.width / 2, 0])!;
	const [, south] = projection.invert!([size.width / 2, size.height])!;
	// Mercator's x is linear in longitude: the edges are the centre less and plus half the width,
	// published the way a live map's are (west > east across 180°).
	const halfWidth = ((size.width / 2) * 180) / (Math.PI * projection.scale());
	const [west, , east] = wrapBounds([lon - halfWidth, south, lon + halfWidth, north]);
	return {
		activeStep: scene.stepId,
		center: `${lon.toFixed(4)},${lat.toFixed(4)}`,
		zoom: zoomAt(projection.scale()).toFixed(2),
		bounds: [west!, south, east!, north].map((v) => v.toFixed(4)).join(','),
		highlight: scene.highlight.join(' '),
		shaded: scene.shaded.join(' '),
		bearing: '0.0',
		pitch: '0.0',
		scheme
	};
}
