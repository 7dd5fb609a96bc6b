/**
 * What part of the world a scene's camera shows, estimated without a screen, as the static map
 * (800×600) frames it: the box it must show, and the whole view around it. Context labels and
 * the locator inset use them.
 */
import { fitBoxOf as fitBox, viewOf as view } from '../data/close-ups.js';
import type { Bounds, SceneCamera } from './types';

/** The box a scene's camera must show: the framed bounds, grown to what the zoom cap shows. */
export const fitBoxOf = (camera: SceneCamera): Bounds => fitBox(camera);

/** What an 800×600 map shows for the camera: the fit box inside the margins, and around it. */
export const viewOf = (camera: SceneCamera): Bounds => view(camera);

/**
 * A view of a small part of the world, where a reader may not know where they are: a fit box
 * under a fifth of the world's longitudes and 25 degrees of latitude (a country or a region, not
 * a continent).
 */
export function isCloseUp([w, s, e, n]: Bounds): boolean {
	return e - w < 72 && n - s < 25;
}
