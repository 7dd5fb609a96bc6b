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

/**
 * A cluster's box may cover at most this many times the area its close-ups need (the union of
 * their own regions), else its regions stay apart. A file's bytes follow its box's area (1:10m
 * points kept at a tolerance in degrees, quantised on a grid in degrees), so at 2× half of the
 * file would be shapes no close-up frames: a reader of one close-up would load up to twice what
 * it shows, and a cluster would reach the 25 KB budget per file with close-ups that fill half of
 * it. Regions that overlap as one story's close-ups of one place do stay well under it (the NATO
 * story's three: 381 square degrees needed, 392 in their cluster's box, 748 in three files).
 */
export const MAX_CLUSTER_GROWTH = 2;

/**
 * A story's regions merged into clusters, one file each: regions whose boxes overlap or touch
 * become one region, the box around them (named by regionId), again and again until no two
 * clusters could merge. Two stay apart when their merged box would cover more than
 * MAX_CLUSTER_GROWTH times the union of their parts, so clusters may still overlap then. Each
 * cluster lists the ids of the regions it holds (`parts`), and its box holds each of them.
 * Boxes are compared as plain longitude and latitude ranges, as fineRegionOf makes them.
 * @param {{ id: string, bbox: Bounds }[]} regions the regions of a story's close-ups, repeats allowed
 * @returns {{ id: string, bbox: Bounds, parts: string[] }[]} sorted by id
 */
export function mergeRegions(regions) {
	const unique = [...new Map(regions.map((r) => [r.id, r.bbox])).entries()].sort(([a], [b]) =>
		a < b ? -1 : 1
	);
	/** @type {{ bbox: Bounds, parts: { id: string, bbox: Bounds }[] }[]} */
	let clusters = unique.map(([id, bbox]) => ({ bbox, parts: [{ id, bbox }] }));
	// Merging two clusters grows a box, which may then meet a third: start over after each merge.
	for (let merged = true; merged;) {
		merged = false;
		for (let i = 0; i < clusters.length && !merged; i++) {
			for (let j = i + 1; j < clusters.length && !merged; j++) {
				const a = /** @type {(typeof clusters)[number]} */ (clusters[i]);
				const b = /** @type {(typeof clusters)[number]} */ (clusters[j]);
				const joined = joinedIfWorth(a, b);
				if (!joined) continue;
				clusters = [...clusters.filter((c) => c !== a && c !== b), joined];
				merged = true;
			}
		}
	}
	return clusters
		.map(({ bbox, parts }) => ({ id: regionId(bbox), bbox, parts: parts.map((p) => p.id).sort() }))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The two clusters as one, if their boxes overlap or touch and the box around both passes the
 * MAX_CLUSTER_GROWTH guard; else null.
 * @param {{ bbox: Bounds, parts: { id: string, bbox: Bounds }[] }} a
 * @param {{ bbox: Bounds, parts: { id: string, bbox: Bounds }[] }} b
 */
function joinedIfWorth(a, b) {
	const [aw, as, ae, an] = a.bbox;
	const [bw, bs, be, bn] = b.bbox;
	if (aw > be || bw > ae || as > bn || bs > an) return null;
	/** @type {Bounds} */
	const bbox = [Math.min(aw, bw), Math.min(as, bs), Math.max(ae, be), Math.max(an, bn)];
	const parts = [...a.parts, ...b.parts];
	if (areaOf(bbox) > MAX_CLUSTER_GROWTH * unionArea(parts.map((p) => p.bbox))) return null;
	return { bbox, parts };
}

/** A box's area in square degrees, as the fine files are cut and quantised. @param {Bounds} box */
const areaOf = ([w, s, e, n]) => (e - w) * (n - s);

/**
 * The area the boxes cover together, in square degrees (overlaps counted once): the grid their
 * edges make, cell by cell, adding the cells some box covers.
 * @param {Bounds[]} boxes
 */
export function unionArea(boxes) {
	/** Each span between neighbouring edges on one axis. @param {number[]} values */
	const spans = (values) => {
		const edges = [...new Set(values)].sort((x, y) => x - y);
		return edges
			.slice(1)
			.map((hi, i) => /** @type {[number, number]} */ ([/** @type {number} */ (edges[i]), hi]));
	};
	let area = 0;
	for (const [x0, x1] of spans(boxes.flatMap(([w, , e]) => [w, e]))) {
		for (const [y0, y1] of spans(boxes.flatMap(([, s, , n]) => [s, n]))) {
			const x = (x0 + x1) / 2;
			const y = (y0 + y1) / 2;
			if (boxes.some(([w, s, e, n]) => x > w && x < e && y > s && y < n))
				area += (x1 - x0) * (y1 - y0);
		}
	}
	return area;
}

/**
 * The region a close-up draws: the cluster (mergeRegions) that holds its own region, whose box
 * holds its own; its own region if none does (a step outside the story the clusters came from).
 * @param {{ id: string, bbox: Bounds }} region
 * @param {readonly { id: string, bbox: Bounds, parts: string[] }[]} clusters
 * @returns {{ id: string, bbox: Bounds }}
 */
export function clusterOf(region, clusters) {
	const cluster = clusters.find((c) => c.parts.includes(region.id));
	return cluster ? { id: cluster.id, bbox: cluster.bbox } : region;
}
