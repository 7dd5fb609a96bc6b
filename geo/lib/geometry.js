import { geoEquirectangular } from 'd3-geo';
// @ts-expect-error d3-geo-projection ships no type declarations
import { geoProject } from 'd3-geo-projection';
import { area, booleanValid, kinks, polygon } from '@turf/turf';
import { MAX_DECIMALS } from './settings.js';
import { PipelineError } from './errors.js';

/**
 * @typedef {import('geojson').Position} Position
 * @typedef {import('geojson').Polygon | import('geojson').MultiPolygon} Polygonal
 * @typedef {import('geojson').LineString | import('geojson').MultiLineString} Linear
 */

/**
 * An equirectangular projection whose output x, y are longitude, latitude in degrees. Projecting
 * through it applies d3's antimeridian clipping and nothing else (precision 0: no resampling).
 */
const lonLat = geoEquirectangular()
	.scale(180 / Math.PI)
	.translate([0, 0])
	.reflectY(true)
	.precision(0);

/**
 * Cuts a geometry at the antimeridian. world-atlas stitches shapes across it (Russia's Chukotka,
 * Fiji, the Aleutians): d3 reads them as spherical polygons, but MapLibre reads coordinates as
 * planar and would draw a band round the world. Each part comes out within -180..180.
 * @template {Polygonal | Linear} G
 * @param {G} geometry
 * @returns {G}
 */
export function cutAtAntimeridian(geometry) {
	return geoProject(geometry, lonLat);
}

/** @param {Polygonal} geometry */
export function polygonsOf(geometry) {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** @param {Position[][][]} polygons */
export function polygonal(polygons) {
	return /** @type {Polygonal} */ (
		polygons.length === 1
			? { type: 'Polygon', coordinates: polygons[0] }
			: { type: 'MultiPolygon', coordinates: polygons }
	);
}

/**
 * Rounds a (cut) polygonal geometry to `decimals`, removing the duplicate points and spikes that
 * rounding creates, and orients rings as RFC 7946 asks (exterior counter-clockwise). A polygon
 * that rounding would collapse or make self-intersect (a small island, the Vatican) keeps more
 * decimals, up to MAX_DECIMALS; rings with no area even then (world-atlas has a few, and d3 pads
 * them) are dropped.
 * @param {Polygonal} geometry
 * @param {number} decimals
 * @param {string} label names the shape in messages
 * @returns {Polygonal}
 */
export function roundPolygonal(geometry, decimals, label) {
	const polygons = polygonsOf(geometry).flatMap((rings) => {
		const real = rings.filter((ring) => cleanRing(ring, MAX_DECIMALS) !== null);
		// An exterior with no area takes its holes with it.
		if (real[0] !== rings[0]) return [];
		const sourceCrossings = crossings(real);
		for (let d = decimals; d <= MAX_DECIMALS; d++) {
			const rounded = real.map((ring) => cleanRing(ring, d));
			if (rounded.every((ring) => ring !== null) && isValidRounding(rounded, sourceCrossings)) {
				return [rounded.map((ring, i) => orient(ring, i === 0))];
			}
		}
		throw new PipelineError(
			`${label}: a polygon is invalid even with ${MAX_DECIMALS} decimals; expected a simple ring`
		);
	});
	if (polygons.length === 0)
		throw new PipelineError(`${label}: shape has no area; expected at least one polygon`);
	return polygonal(polygons);
}

/**
 * Rounds a (cut) linear geometry to `decimals`, dropping repeated points and pieces that shrink to a point.
 * @param {Linear} geometry
 * @param {number} decimals
 * @returns {import('geojson').MultiLineString}
 */
export function roundLines(geometry, decimals) {
	const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
	const coordinates = lines
		.map((line) =>
			line
				.map((p) => roundPoint(p, decimals))
				.filter((p, i, all) => i === 0 || !same(p, /** @type {Position} */ (all[i - 1])))
		)
		.filter((line) => line.length >= 2);
	return { type: 'MultiLineString', coordinates };
}

/**
 * @param {Position} point
 * @param {number} decimals
 * @returns {Position}
 */
export function roundPoint([x, y], decimals) {
	const f = 10 ** decimals;
	return [
		Math.round(/** @type {number} */ (x) * f) / f,
		Math.round(/** @type {number} */ (y) * f) / f
	];
}

/**
 * Longitude range of a ring or line.
 * @param {Position[]} points
 */
export function lonSpan(points) {
	const [west, , east] = extent(points);
	return east - west;
}

/**
 * [west, south, east, north] of some points, read as planar (no antimeridian handling).
 * A loop, not Math.min(...points): Russia's coast has too many points to spread into arguments.
 * @param {Position[]} points
 * @returns {[number, number, number, number]}
 */
export function extent(points) {
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of points) {
		west = Math.min(west, /** @type {number} */ (x));
		east = Math.max(east, /** @type {number} */ (x));
		south = Math.min(south, /** @type {number} */ (y));
		north = Math.max(north, /** @type {number} */ (y));
	}
	return [west, south, east, north];
}

/**
 * Whether a ring goes round a pole: d3 closes such a ring along latitude ±90° from one side of
 * the antimeridian to the other, so it rightly spans all 360° of longitude. Antarctica's is the
 * only one; every other ring must span at most 180° after the cut.
 * @param {Position[]} ring
 */
export function isPolarRing(ring) {
	return (
		ring.some(([x, y]) => x === -180 && Math.abs(/** @type {number} */ (y)) === 90) &&
		ring.some(([x, y]) => x === 180 && Math.abs(/** @type {number} */ (y)) === 90)
	);
}

/**
 * turf's validity check, plus no more crossing edges than the source had (booleanValid does not
 * look for them, and Natural Earth's 1:110m Sudan and South Sudan have a few, which we keep).
 * @param {Position[][]} rings
 * @param {number} sourceCrossings
 */
function isValidRounding(rings, sourceCrossings) {
	return booleanValid(polygon(rings)) && crossings(rings) <= sourceCrossings;
}

/**
 * Number of points where edges of the rings cross each other.
 * @param {Position[][]} rings
 */
function crossings(rings) {
	return kinks(polygon(rings)).features.length;
}

/**
 * @param {Position[]} ring closed
 * @param {number} decimals
 * @returns {Position[] | null} the rounded ring, closed, or null if it collapses
 */
function cleanRing(ring, decimals) {
	const points = ring.slice(0, -1).map((p) => roundPoint(p, decimals));
	// Treat the ring as cyclic: drop repeated points, and the tip of every spike a→b→a.
	for (let changed = true; changed && points.length >= 3;) {
		changed = false;
		for (let i = 0; i < points.length && points.length >= 3; i++) {
			const n = points.length;
			const next = /** @type {Position} */ (points[(i + 1) % n]);
			const prev = /** @type {Position} */ (points[(i - 1 + n) % n]);
			if (same(/** @type {Position} */ (points[i]), next) || same(prev, next)) {
				points.splice(i, 1);
				changed = true;
				i--;
			}
		}
	}
	if (points.length < 3 || signedArea(points) === 0) return null;
	return [...points, /** @type {Position} */ (points[0])];
}

/**
 * @param {Position[]} ring
 * @param {boolean} exterior
 */
function orient(ring, exterior) {
	return signedArea(ring) > 0 === exterior ? ring : [...ring].reverse();
}

/**
 * Shoelace area: positive for counter-clockwise rings (longitude east, latitude north).
 * @param {Position[]} points open or closed
 */
function signedArea(points) {
	let sum = 0;
	for (let i = 0; i < points.length; i++) {
		const [x1, y1] = /** @type {[number, number]} */ (points[i]);
		const [x2, y2] = /** @type {[number, number]} */ (points[(i + 1) % points.length]);
		sum += x1 * y2 - x2 * y1;
	}
	return sum / 2;
}

/**
 * @param {Position} a
 * @param {Position} b
 */
function same(a, b) {
	return a[0] === b[0] && a[1] === b[1];
}

/**
 * The box [west, south, east, north] of a cut shape, reading longitude as a circle: a shape that
 * crosses the antimeridian (Russia, Fiji, the United States with the Aleutians) leaves a band
 * wider than 180° elsewhere, and its box is the rest, with east > 180, so that west < east always
 * and the box can go straight to MapLibre's fitBounds. Rounded outwards to two decimals.
 * @param {Polygonal} geometry
 * @returns {[number, number, number, number]}
 */
export function lonLatBox(geometry) {
	const points = polygonsOf(geometry).flatMap((rings) => /** @type {Position[]} */ (rings[0]));
	let [west, south, east, north] = extent(points);
	const lons = [...new Set(points.map((p) => /** @type {number} */ (p[0])))].sort((a, b) => a - b);
	for (let i = 1; i < lons.length; i++) {
		const [before, after] = [/** @type {number} */ (lons[i - 1]), /** @type {number} */ (lons[i])];
		if (after - before > 180) [west, east] = [after, before + 360];
	}
	return [
		Math.floor(west * 100) / 100,
		Math.floor(south * 100) / 100,
		Math.ceil(east * 100) / 100,
		Math.ceil(north * 100) / 100
	];
}

/**
 * The polygon (with its holes) of largest area: where a country's label goes, so that the
 * United Kingdom gets one label on Great Britain, not one per island.
 * @param {Polygonal} geometry
 * @returns {Position[][]}
 */
export function largestPolygon(geometry) {
	const areas = polygonsOf(geometry).map((rings) => ({ rings, size: area(polygon(rings)) }));
	return areas.reduce((best, candidate) => (candidate.size > best.size ? candidate : best)).rings;
}

/**
 * The lonLatBox of a shape's largest polygon by area: the box the map frames a country by, so
 * that Norway frames its mainland rather than Svalbard too, and the United States the contiguous
 * states. Each polygon is measured as world-atlas draws it, before the antimeridian cut, so that a
 * polygon the cut splits (mainland Russia, whose Chukotka reaches past 180°) counts whole and its
 * box has east > 180, like lonLatBox's.
 * @param {Polygonal} spherical a shape not yet cut at the antimeridian
 * @returns {[number, number, number, number]}
 */
export function largestPartBox(spherical) {
	const parts = polygonsOf(spherical).map((rings) => {
		const cut = cutAtAntimeridian(polygonal([rings]));
		return { cut, size: area(cut) };
	});
	return lonLatBox(parts.reduce((best, part) => (part.size > best.size ? part : best)).cut);
}
