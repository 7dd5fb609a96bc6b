import { booleanPointOnLine, lineString } from '@turf/turf';

/**
 * @typedef {import('geojson').Position} Position
 * @typedef {import('./geometry.js').Polygonal} Polygonal
 */

/**
 * turf's booleanPointOnLine `epsilon`, a bound on the cross product (square degrees): a point counts
 * as on a one-degree edge up to 1e-9° off it, on a shorter one a little further. Rounding only.
 */
const ON_EDGE = 1e-9;

/**
 * The geometry with every one of `points` that lies on one of its edges, strictly between the
 * edge's ends, added to that edge as a vertex, in order along it. topojson finds a shared border
 * only where both countries have the same points, in the same order: turf's boolean operations drop
 * vertices that lie on a straight line (Natural Earth has many, along parallels and meridians), and
 * a new line ends at a point of a neighbour's edge that the neighbour does not have as a vertex.
 * @param {Polygonal} geometry
 * @param {readonly Position[]} points
 * @returns {Polygonal}
 */
export function withPointsOnEdges(geometry, points) {
	const unique = [...new Map(points.map((p) => [`${p}`, p])).values()];
	/** @param {Position[]} ring */
	const ringWith = (ring) =>
		ring.flatMap((a, i) => {
			const b = ring[i + 1];
			if (b === undefined) return [a];
			const between = unique
				.filter((p) => onEdge(p, a, b))
				.sort((p, q) => distance2(a, p) - distance2(a, q));
			return [a, ...between];
		});
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: geometry.coordinates.map(ringWith) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ringWith)) };
}

/**
 * @param {Position} p
 * @param {Position} a
 * @param {Position} b
 */
function onEdge(p, a, b) {
	const [x, y] = /** @type {[number, number]} */ (p);
	const [ax, ay] = /** @type {[number, number]} */ (a);
	const [bx, by] = /** @type {[number, number]} */ (b);
	// Cheap first: most points are nowhere near the edge's box.
	if (x < Math.min(ax, bx) - ON_EDGE || x > Math.max(ax, bx) + ON_EDGE) return false;
	if (y < Math.min(ay, by) - ON_EDGE || y > Math.max(ay, by) + ON_EDGE) return false;
	if ((x === ax && y === ay) || (x === bx && y === by)) return false;
	return booleanPointOnLine(p, lineString([a, b]), { ignoreEndVertices: true, epsilon: ON_EDGE });
}

/**
 * @param {Position} a
 * @param {Position} b
 */
function distance2(a, b) {
	const [ax, ay] = /** @type {[number, number]} */ (a);
	const [bx, by] = /** @type {[number, number]} */ (b);
	return (ax - bx) ** 2 + (ay - by) ** 2;
}
