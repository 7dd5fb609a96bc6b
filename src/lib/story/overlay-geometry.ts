/**
 * An overlay's geometry as both maps draw it. Lines and zones go the short way across 180°, however
 * they were written: split at 180° as RFC 7946 asks (the parts are joined back into one line) or
 * with longitudes past 180. Both maps then draw the coordinates as they stand: MapLibre with the
 * world drawn round, the static map turned to the view. A line whose author asks for the long way
 * (`long_way: true`) keeps its coordinates, with points added so that the static map, which joins
 * points along great circles, follows the same way round as the live map.
 */
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { featureCollection, polygon } from '@turf/helpers';
import { union } from '@turf/union';
import { joinAtAntimeridian, nearLon, unwrapLine } from '../data/longitude.js';
import type { LonLat } from './types';

type Drawn = Point | LineString | MultiLineString | Polygon | MultiPolygon;

/** At most this many degrees of longitude between two points of a long-way line. */
const LONG_WAY_STEP = 10;

const lonLats = (line: Position[]) => line.map(([lon, lat]): LonLat => [lon!, lat!]);

export function overlayGeometry<G extends Drawn>(geometry: G, longWay: boolean): G {
	if (longWay) return densified(geometry);
	switch (geometry.type) {
		case 'LineString':
			return { ...geometry, coordinates: unwrapLine(lonLats(geometry.coordinates)) };
		case 'MultiLineString':
			return {
				...geometry,
				coordinates: joinAtAntimeridian(geometry.coordinates.map(lonLats))
			};
		case 'Polygon':
			return { ...geometry, coordinates: geometry.coordinates.map((r) => unwrapLine(lonLats(r))) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: joinedZone(geometry.coordinates) };
		default:
			return geometry;
	}
}

/**
 * A zone's parts made continuous and moved next to the first (a part written at −180…−173 beside
 * one at 177…180 goes to 180…187), then joined where they meet, as a zone written split at 180°
 * was meant: one shape, with no edge drawn down the meridian.
 */
function joinedZone(polygons: Position[][][]): Position[][][] {
	const rings = polygons.map((p) => p.map((r) => unwrapLine(lonLats(r))));
	const first = rings[0]?.[0]?.[0]?.[0];
	if (first === undefined || rings.length < 2) return rings;
	const moved = rings.map((p) => {
		const turn = nearLon(p[0]![0]![0]!, first) - p[0]![0]![0]!;
		return turn ? p.map((r) => r.map(([x, y]) => [x! + turn, y!])) : p;
	});
	const joined = union(featureCollection(moved.map((p) => polygon(p))));
	if (!joined) return moved;
	const g = joined.geometry;
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** A line with points between any two more than LONG_WAY_STEP degrees of longitude apart. */
function densify(line: Position[]): Position[] {
	return line.flatMap((point, i) => {
		const next = line[i + 1];
		if (!next) return [point];
		const steps = Math.ceil(Math.abs(next[0]! - point[0]!) / LONG_WAY_STEP);
		return Array.from({ length: Math.max(1, steps) }, (_, k): Position => {
			const t = k / Math.max(1, steps);
			return [point[0]! + (next[0]! - point[0]!) * t, point[1]! + (next[1]! - point[1]!) * t];
		});
	});
}

function densified<G extends Drawn>(geometry: G): G {
	switch (geometry.type) {
		case 'LineString':
			return { ...geometry, coordinates: densify(geometry.coordinates) };
		case 'MultiLineString':
			return { ...geometry, coordinates: geometry.coordinates.map(densify) };
		default:
			return geometry;
	}
}
