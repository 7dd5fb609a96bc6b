/**
 * How much of a shape a frame shows, and where in the frame its name fits: the shape clipped to the
 * frame's box (turf's bboxClip), measured on the Web Mercator plane both maps draw on, so a share
 * of the frame is a share of the picture. Pure; used at build time to choose context labels.
 */
import { bboxClip } from '@turf/bbox-clip';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
// @ts-expect-error polylabel ships no type declarations
import polylabel from 'polylabel';
import type { Bounds, LonLat } from '../story/types';

/** Web Mercator's y (north up) in degrees-like units, so x and y share one scale. */
export const mercY = (lat: number) =>
	(Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360)) * 180) /
	Math.PI;
const latOf = (y: number) => (Math.atan(Math.sinh((y * Math.PI) / 180)) * 180) / Math.PI;

const ringArea = (ring: Position[]) => {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0]! - ring[i]![0]!) * (mercY(ring[j]![1]!) + mercY(ring[i]![1]!));
	}
	return Math.abs(sum / 2);
};
/** A polygon's area on the Mercator plane: its outer ring less its holes. */
const polygonArea = (rings: Position[][]) =>
	rings.reduce((a, ring, i) => a + (i ? -1 : 1) * ringArea(ring), 0);

/** The frame's own area on the same plane. */
export function frameArea([w, s, e, n]: Bounds): number {
	return (e - w) * (mercY(n) - mercY(s));
}

export interface Visible {
	/** Share of the frame the shape covers, 0–1. */
	share: number;
	/** A point well inside the largest visible part: where its name fits best. */
	at: LonLat;
}

/**
 * The shape clipped to the frame. Shapes are cut at 180°, while a frame across it reaches past
 * (east beyond 180, or west below −180): the part on the far side is clipped a turn away and
 * moved back next to the frame.
 */
function clippedPolygons(shape: Feature<Polygon | MultiPolygon>, frame: Bounds): Position[][][] {
	const [w, s, e, n] = frame;
	const turns = [0, ...(e > 180 ? [360] : []), ...(w < -180 ? [-360] : [])];
	return turns.flatMap((turn) => {
		const clipped = bboxClip(shape, [w - turn, s, e - turn, n]).geometry as Polygon | MultiPolygon;
		const polygons = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
		return turn
			? polygons.map((rings) => rings.map((ring) => ring.map(([x, y]) => [x! + turn, y!])))
			: polygons;
	});
}

/** What a frame shows of a shape: its share of the frame and a label point; undefined if nothing. */
export function visiblePart(
	shape: Feature<Polygon | MultiPolygon>,
	frame: Bounds
): Visible | undefined {
	const polygons = clippedPolygons(shape, frame);
	const parts = polygons
		.filter((rings) => rings[0] && rings[0].length >= 4)
		.map((rings) => ({ rings, area: polygonArea(rings) }))
		.filter((p) => p.area > 0)
		.sort((a, b) => b.area - a.area);
	const largest = parts[0];
	if (!largest) return undefined;
	const total = parts.reduce((a, p) => a + p.area, 0);
	// The pole of inaccessibility on the Mercator plane: as far from the part's edges as the map draws them.
	const projected = largest.rings.map((ring) => ring.map(([x, y]) => [x!, mercY(y!)]));
	const [x0, , x1] = frame;
	const [x, y] = polylabel(projected, Math.max(0.02, (x1 - x0) / 400)) as [number, number];
	return {
		share: total / frameArea(frame),
		at: [+x.toFixed(4), +latOf(y).toFixed(4)]
	};
}
