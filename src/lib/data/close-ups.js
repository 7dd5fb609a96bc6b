/**
 * Which steps are close-ups that get finer country shapes, and the box those shapes cover. Pure,
 * shared: the geo pipeline cuts a file of 1:10m shapes for each region (geo/scripts/fine.js), and
 * the scene names the same region (src/lib/story/scene.ts), so the two agree by construction.
 *
 * A step's camera is judged as the static map frames it, on an 800×600 reference map: the live
 * map's pane on a desktop is about that size. A phone frames the same step wider (lower zoom).
 */

/** A framed place is never shown closer than this zoom (about a country's width), live or static. */
export const MAX_FIT_ZOOM = 5.5;

/** From this zoom on, a step's frame is a close-up and the live map draws the finer shapes. */
export const FINE_ZOOM = 5;

/**
 * The region of finer shapes is the reference view grown by this factor about its centre, so that
 * a pane up to 1.5 times the reference size (1200×900) still lies inside it at the step's zoom.
 */
export const FINE_REGION_SCALE = 1.5;

/** The reference map, and the part of it inside the framing margins (see geo/framing.ts). */
const NOMINAL = { width: 800, height: 600 };
const INNER = { width: 800 - 2 * 112, height: 600 - 2 * 48 };

/**
 * @typedef {[number, number, number, number]} Bounds  west, south, east, north
 * @typedef {[number, number]} LonLat
 * @typedef {{ kind: 'fit', bounds: Bounds } | { kind: 'explicit', center: LonLat, zoom: number }} Camera
 * @typedef {{ width: number, height: number }} Size
 */

/** @param {number} lat */
const mercY = (lat) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
/** @param {number} y */
const latOf = (y) => (Math.atan(Math.sinh((y * Math.PI) / 180)) * 180) / Math.PI;
/** Degrees of longitude per pixel at a zoom (MapLibre's 512-pixel world at zoom 0). @param {number} zoom */
const degPerPx = (zoom) => 360 / (512 * 2 ** zoom);

/**
 * A box of the given pixel size around a centre, on the Mercator plane, as lon/lat bounds.
 * @param {LonLat} centre
 * @param {number} zoom
 * @param {Size} px
 * @returns {Bounds}
 */
export function around([lon, lat], zoom, px) {
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

/**
 * The box a camera must show: the framed bounds, grown to what the zoom cap shows.
 * @param {Camera} camera
 * @returns {Bounds}
 */
export function fitBoxOf(camera) {
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

/**
 * The reference map's centre and zoom for a camera.
 * @param {Camera} camera
 * @returns {{ centre: LonLat, zoom: number }}
 */
export function referenceCamera(camera) {
	if (camera.kind === 'explicit') return { centre: camera.center, zoom: camera.zoom };
	const [w, s, e, n] = fitBoxOf(camera);
	const zoom = Math.min(
		MAX_FIT_ZOOM,
		Math.log2((INNER.width * 360) / (512 * (e - w))),
		Math.log2((INNER.height * 360) / (512 * (mercY(n) - mercY(s))))
	);
	return { centre: [(w + e) / 2, latOf((mercY(s) + mercY(n)) / 2)], zoom };
}

/**
 * What the 800×600 reference map shows for the camera.
 * @param {Camera} camera
 * @returns {Bounds}
 */
export function viewOf(camera) {
	const { centre, zoom } = referenceCamera(camera);
	return around(centre, zoom, NOMINAL);
}

/**
 * The region of finer shapes a close-up step draws: its reference view grown by
 * FINE_REGION_SCALE, rounded outwards to whole degrees; null if the step is not a close-up (its
 * reference zoom is under FINE_ZOOM).
 * @param {Camera} camera
 * @returns {{ id: string, bbox: Bounds } | null}
 */
export function fineRegionOf(camera) {
	const { centre, zoom } = referenceCamera(camera);
	if (zoom < FINE_ZOOM) return null;
	const [w, s, e, n] = around(centre, zoom, {
		width: NOMINAL.width * FINE_REGION_SCALE,
		height: NOMINAL.height * FINE_REGION_SCALE
	});
	/** @type {Bounds} */
	const bbox = [Math.floor(w), Math.floor(s), Math.ceil(e), Math.ceil(n)];
	return { id: regionId(bbox), bbox };
}

/**
 * A region's file name: its corners, such as `E1N43-E12N54` for [1, 43, 12, 54].
 * @param {Bounds} bbox whole degrees
 */
export function regionId([w, s, e, n]) {
	/** @param {number} v @param {string} plus @param {string} minus */
	const part = (v, plus, minus) => `${v < 0 ? minus : plus}${Math.abs(v)}`;
	return `${part(w, 'E', 'W')}${part(s, 'N', 'S')}-${part(e, 'E', 'W')}${part(n, 'N', 'S')}`;
}
