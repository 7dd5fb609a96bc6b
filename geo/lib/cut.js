import {
	booleanIntersects,
	booleanPointInPolygon,
	difference,
	featureCollection,
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
 * touches (what lies inside it, and any sliver it cuts off where its line and Natural Earth's do
 * not quite meet) is the part. Polygons of `from` the outline does not touch stay. Both come back
 * with every vertex of `from`'s they lie on (turf drops those along straight lines) and wound as
 * world-atlas winds them, so that topojson finds their borders with the neighbours again.
 * @param {Polygonal} from the shape, as world-atlas has it (d3's winding)
 * @param {import('./transfer.js').Transfer} transfer
 * @param {string} where names the transfer in messages
 * @returns {{ rest: Polygonal, part: Polygonal }}
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
	if (!part)
		throw new PipelineError(
			`${where}: no part of ${transfer.from}'s shape lies inside the outline; expected one to move to ${transfer.to}`
		);
	const vertices = [...polygonsOf(from), keeper.geometry.coordinates].flat(2);
	/** @param {Polygonal} geometry */
	const restored = (geometry) =>
		// turf winds exterior rings anticlockwise (RFC 7946); d3, which reads world-atlas's shapes
		// on the sphere, would take such a ring for all the world but the polygon.
		/** @type {Polygonal} */ (rewind(withPointsOnEdges(geometry, vertices), { reverse: true }));
	return {
		rest: restored(polygonal([keeper, ...untouched].map((p) => p.geometry.coordinates))),
		part: restored(part.geometry)
	};
}
