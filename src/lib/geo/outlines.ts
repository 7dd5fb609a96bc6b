/**
 * Countries' outlines without the 180° meridian. The shapes are cut there (RFC 7946 asks it), so
 * Russia, Fiji and the United States each have an edge along 180° that is no coast: stroked with
 * the polygon, it draws a line down Chukotka and through Vanua Levu. Both maps stroke these
 * outlines instead of the polygons' own edges: the same rings, broken wherever an edge runs
 * along ±180°. Pure; small enough to run on the reader's device when the shapes arrive.
 */
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';

const onCut = (a: Position, b: Position) =>
	Math.abs(a[0]!) === 180 && Math.abs(b[0]!) === 180 && a[0] === b[0];

/** A ring as the lines of it that are coast: broken at each edge along the 180° meridian. */
export function ringOutline(ring: Position[]): Position[][] {
	const lines: Position[][] = [];
	let line: Position[] = [];
	for (let i = 0; i < ring.length; i++) {
		const point = ring[i]!;
		const before = ring[i - 1];
		if (before && onCut(before, point)) {
			if (line.length > 1) lines.push(line);
			line = [];
		}
		line.push(point);
	}
	if (line.length > 1) lines.push(line);
	return lines;
}

type Polygonal =
	| { type: 'Polygon'; coordinates: Position[][] }
	| {
			type: 'MultiPolygon';
			coordinates: Position[][][];
	  };

/** Each country's outline as one MultiLineString feature, with the country's properties. */
export function outlinesOf(countries: FeatureCollection): FeatureCollection<MultiLineString> {
	const features: Feature<MultiLineString>[] = [];
	for (const country of countries.features) {
		const g = country.geometry as Polygonal | null;
		if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		features.push({
			type: 'Feature',
			properties: country.properties,
			geometry: { type: 'MultiLineString', coordinates: polygons.flat().flatMap(ringOutline) }
		});
	}
	return { type: 'FeatureCollection', features };
}
