/**
 * The static map's projection: Web Mercator, like the live map, framed the same way. A framed scene
 * fits its bounds inside the padded box, never closer than the live map goes; an explicit camera
 * uses MapLibre's zoom convention (a 512-pixel world at zoom 0). The globe is turned so the view's
 * middle longitude is the projection's centre: a view across 180° draws both sides of it, and
 * d3 cuts the world on the meridian opposite the view, where no view looks.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { MAX_FIT_ZOOM, type Padding, type Size } from '../geo/framing.ts';
import type { Scene } from '../story/types';

const scaleAt = (zoom: number) => (512 * 2 ** zoom) / (2 * Math.PI);

export function projectionFor(
	camera: Scene['camera'],
	size: Size,
	padding: Padding
): GeoProjection {
	const middle: [number, number] = [size.width / 2, size.height / 2];
	if (camera.kind === 'explicit') {
		const [lon, lat] = camera.center;
		return clipped(
			geoMercator()
				.precision(0.2)
				.rotate([-lon, 0])
				.scale(scaleAt(camera.zoom))
				.center([0, lat])
				.translate(middle),
			size
		);
	}
	const [w, s, e, n] = camera.bounds;
	const projection = geoMercator()
		.precision(0.2)
		.rotate([-(w + e) / 2, 0]);
	const box = {
		type: 'MultiPoint' as const,
		coordinates: [
			[w, s],
			[e, n]
		]
	};
	const inner: [[number, number], [number, number]] = [
		[padding.left, padding.top],
		[size.width - padding.right, size.height - padding.bottom]
	];
	projection.fitExtent(inner, box);
	if (projection.scale() > scaleAt(MAX_FIT_ZOOM)) {
		projection.scale(scaleAt(MAX_FIT_ZOOM)).translate([0, 0]);
		const [x, y] = projection([(w + e) / 2, (s + n) / 2])!;
		projection.translate([
			(inner[0][0] + inner[1][0]) / 2 - x,
			(inner[0][1] + inner[1][1]) / 2 - y
		]);
	}
	return clipped(projection, size);
}

const clipped = (projection: GeoProjection, size: Size) =>
	projection.clipExtent([
		[0, 0],
		[size.width, size.height]
	]);
