/**
 * What part of the world a scene's camera shows, estimated without a screen, as the static map
 * (800×600) frames it: the box it must show, and the whole view around it. Context labels and
 * the locator inset use them.
 */
import { MAX_FIT_ZOOM } from '../geo/framing.ts';
import type { Bounds, SceneCamera } from './types';

const mercY = (lat: number) =>
	(Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
const latOf = (y: number) => (Math.atan(Math.sinh((y * Math.PI) / 180)) * 180) / Math.PI;
/** Degrees of longitude per pixel at a zoom (MapLibre's 512-pixel world at zoom 0). */
const degPerPx = (zoom: number) => 360 / (512 * 2 ** zoom);

/** The part of an 800×600 map inside the framing margins, in pixels (see baseMargin). */
const INNER = { width: 800 - 2 * 112, height: 600 - 2 * 48 };
const NOMINAL = { width: 800, height: 600 };

/** A box of the given pixel size around a centre, on the Mercator plane, as lon/lat bounds. */
function around([lon, lat]: [number, number], zoom: number, px: typeof NOMINAL): Bounds {
	const halfW = (px.width / 2) * degPerPx(zoom);
	const halfH = (px.height / 2) * degPerPx(zoom);
	const y = mercY(lat);
	return [
		+(lon - halfW).toFixed(4),
		+latOf(Math.max(-170, y - halfH)).toFixed(4),
		+(lon + halfW).toFixed(4),
		+latOf(Math.min(170, y + halfH)).toFixed(4)
	];
}

/** The box a scene's camera must show: the framed bounds, grown to what the zoom cap shows. */
export function fitBoxOf(camera: SceneCamera): Bounds {
	if (camera.kind === 'explicit') return around(camera.center, camera.zoom, INNER);
	const [w, s, e, n] = camera.bounds;
	const least = around([(w + e) / 2, latOf((mercY(s) + mercY(n)) / 2)], MAX_FIT_ZOOM, INNER);
	return [
		Math.min(w, least[0]),
		Math.min(s, least[1]),
		Math.max(e, least[2]),
		Math.max(n, least[3])
	];
}

/** What an 800×600 map shows for the camera: the fit box inside the margins, and around it. */
export function viewOf(camera: SceneCamera): Bounds {
	if (camera.kind === 'explicit') return around(camera.center, camera.zoom, NOMINAL);
	const [w, s, e, n] = fitBoxOf(camera);
	const zoom = Math.min(
		MAX_FIT_ZOOM,
		Math.log2((INNER.width * 360) / (512 * (e - w))),
		Math.log2((INNER.height * 360) / (512 * (mercY(n) - mercY(s))))
	);
	return around([(w + e) / 2, latOf((mercY(s) + mercY(n)) / 2)], zoom, NOMINAL);
}

/**
 * A view of a small part of the world, where a reader may not know where they are: a fit box
 * under a fifth of the world's longitudes and 25 degrees of latitude (a country or a region, not
 * a continent).
 */
export function isCloseUp([w, s, e, n]: Bounds): boolean {
	return e - w < 72 && n - s < 25;
}
