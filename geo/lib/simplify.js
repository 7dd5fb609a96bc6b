import { simplify, lineString } from '@turf/turf';
import { extent } from './geometry.js';

/**
 * A ring smaller than this many times the tolerance (its width and height) is kept as it is:
 * simplified, Monaco or a small island would collapse to a line.
 */
const SMALL_RING = 10;

/**
 * Simplifies every arc of a topology on its own (Douglas–Peucker, end points kept), so that
 * neighbouring countries, which share arcs, keep sharing the same simplified border: no gaps or
 * overlaps, unlike simplifying each country's polygon. Arcs of small rings are left alone.
 * Mutates the topology.
 * @template {import('topojson-specification').Topology} T
 * @param {T} topology with absolute coordinates (see readAtlas)
 * @param {number} tolerance in degrees
 * @returns {T}
 */
export function simplifyArcs(topology, tolerance) {
	const keep = smallRingArcs(topology, tolerance * SMALL_RING);
	topology.arcs = topology.arcs.map((arc, i) =>
		keep.has(i) || arc.length < 3
			? arc
			: simplify(lineString(arc), { tolerance, highQuality: true }).geometry.coordinates
	);
	return topology;
}

/**
 * Indexes of the arcs that make up rings narrower and lower than `size` degrees.
 * @param {import('topojson-specification').Topology} topology
 * @param {number} size
 */
function smallRingArcs(topology, size) {
	/** @type {Set<number>} */
	const small = new Set();
	const collection = /** @type {import('topojson-specification').GeometryCollection} */ (
		topology.objects.countries
	);
	for (const geometry of collection.geometries) {
		const polygons =
			geometry.type === 'Polygon'
				? [geometry.arcs]
				: geometry.type === 'MultiPolygon'
					? geometry.arcs
					: [];
		for (const ring of polygons.flat()) {
			const indexes = ring.map((arc) => (arc < 0 ? ~arc : arc));
			const [west, south, east, north] = extent(
				indexes.flatMap((i) => /** @type {number[][]} */ (topology.arcs[i]))
			);
			if (east - west < size && north - south < size) {
				for (const i of indexes) small.add(i);
			}
		}
	}
	return small;
}
