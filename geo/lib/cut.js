import {
	area,
	booleanIntersects,
	booleanPointInPolygon,
	difference,
	featureCollection,
	intersect,
	polygon,
	rewind,
	union
} from '@turf/turf';
import { polygonal, polygonsOf } from './geometry.js';
import { withPointsOnEdges } from './shared-points.js';
import { PipelineError } from './errors.js';

/**
 * @typedef {import('geojson').Position} Position
 * @typedef {import('./geometry.js').Polygonal} Polygonal
 */

/**
 * Cuts a transfer's part out of `from`'s shape, with turf, as Natural Earth draws it: `from` keeps
 * the polygon of its shape less the outline that holds `keep`; everything else the outline
 * touches is the part: `within` the outline, and `beyond` it what the outline cuts off where its
 * lines and Natural Earth's do not meet (none if they do). Polygons of `from` the outline does not
 * touch stay. Each comes back with every vertex of the others' it lies on (turf drops those along
 * straight lines) and wound as world-atlas winds them, so that topojson finds their borders with
 * each other and with the neighbours again.
 * @param {Polygonal} from the shape, as world-atlas has it (d3's winding)
 * @param {import('./transfer.js').Transfer} transfer
 * @param {string} where names the transfer in messages
 * @returns {{ rest: Polygonal, within: Polygonal, beyond: Polygonal | null }}
 */
export function cutPart(from, transfer, where) {
	const outline = polygon([transfer.outline]);
	const polygons = polygonsOf(from).map((rings) => polygon(rings));
	const touched = polygons.filter((p) => booleanIntersects(p, outline));
	const untouched = polygons.filter((p) => !touched.includes(p));
	const inside = touched.length === 1 ? touched[0] : union(featureCollection(touched));
	if (!inside)
		throw new PipelineError(
			`${where}: the outline meets no polygon of ${transfer.from}'s shape; expected the part it holds`
		);
	const less = difference(featureCollection([inside, outline]));
	const kept = less
		? polygonsOf(less.geometry).filter((rings) =>
				booleanPointInPolygon(transfer.keep, polygon(rings))
			)
		: [];
	if (kept.length !== 1)
		throw new PipelineError(
			`${where}: ${JSON.stringify(transfer.keep)} ("keep") lies in ${kept.length} polygons of ${transfer.from}'s shape outside the outline; expected exactly one, what ${transfer.from} keeps`
		);
	const keeper = polygon(/** @type {Position[][]} */ (kept[0]));
	// Cut against what stays, not against the outline, so that the two have the same new line.
	const part = difference(featureCollection([inside, keeper]));
	const within = part && intersect(featureCollection([part, outline]));
	if (!part || !within)
		throw new PipelineError(
			`${where}: no part of ${transfer.from}'s shape lies inside the outline; expected one to move to ${transfer.to}`
		);
	const beyond = cutOff(part, within, outline);
	const vertices = [
		...polygonsOf(from),
		keeper.geometry.coordinates,
		...polygonsOf(within.geometry),
		...(beyond ? polygonsOf(beyond.geometry) : [])
	].flat(2);
	/** @param {Polygonal} geometry */
	const restored = (geometry) =>
		// turf winds exterior rings anticlockwise (RFC 7946); d3, which reads world-atlas's shapes
		// on the sphere, would take such a ring for all the world but the polygon.
		/** @type {Polygonal} */ (rewind(withPointsOnEdges(geometry, vertices), { reverse: true }));
	return {
		rest: restored(polygonal([keeper, ...untouched].map((p) => p.geometry.coordinates))),
		within: restored(within.geometry),
		beyond: beyond ? restored(beyond.geometry) : null
	};
}

/**
 * What of the part lies beyond the outline, if anything does: turf's difference of a shape that
 * lies within the outline, edges on its edges (Western Sahara's on 27°40′), is not empty but
 * zero-area spikes, so it is asked only when the part is larger, and such polygons (under a square
 * metre) are dropped.
 * @param {import('geojson').Feature<Polygonal>} part
 * @param {import('geojson').Feature<Polygonal>} within
 * @param {import('geojson').Feature<import('geojson').Polygon>} outline
 */
function cutOff(part, within, outline) {
	if (area(part) - area(within) < 1) return null;
	const beyond = difference(featureCollection([part, outline]));
	const real = beyond
		? polygonsOf(beyond.geometry).filter((rings) => area(polygon(rings)) >= 1)
		: [];
	return real.length ? { type: 'Feature', properties: {}, geometry: polygonal(real) } : null;
}
