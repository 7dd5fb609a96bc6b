/**
 * The locator inset's world: Natural Earth's 1:110m land (world-atlas land-110m) as one
 * equirectangular SVG path on a 360×180 plane, made once per build and shared by every step of
 * every map: the static maps embed it, the live map shows it as /maps/locator-world.svg.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { LOCATOR_WORLD } from '../geo/locator.ts';
import { inScheme, theme } from '../theme/theme.ts';
import { el } from '../static-map/svg.ts';

let outline: string | undefined;

/** The `d` of the world's land on the locator's 360×180 plane. */
export function locatorWorldPath(): string {
	if (outline) return outline;
	const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
	const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
	const land = feature(topology, topology.objects.land!);
	const projection = geoEquirectangular()
		.scale(LOCATOR_WORLD.width / (2 * Math.PI))
		.translate([LOCATOR_WORLD.width / 2, LOCATOR_WORLD.height / 2]);
	outline = coarsen(geoPath(projection).digits(1)(land) ?? '');
	return outline;
}

/** Area of a ring (shoelace), in square units. */
const area = (ring: number[][]) =>
	Math.abs(
		ring.reduce((a, [x, y], i) => {
			const [nx, ny] = ring[(i + 1) % ring.length]!;
			return a + x! * ny! - nx! * y!;
		}, 0) / 2
	);

/** Douglas–Peucker: the ring's points that stray more than `tolerance` units from a straight run. */
function simplify(points: number[][], tolerance: number): number[][] {
	if (points.length < 3) return points;
	const [ax, ay] = points[0]!;
	const [bx, by] = points.at(-1)!;
	const length = Math.hypot(bx! - ax!, by! - ay!) || 1;
	let far = 0;
	let index = 0;
	points.forEach(([x, y], i) => {
		const d = Math.abs((bx! - ax!) * (ay! - y!) - (ax! - x!) * (by! - ay!)) / length;
		if (d > far) [far, index] = [d, i];
	});
	if (far <= tolerance) return [points[0]!, points.at(-1)!];
	return [
		...simplify(points.slice(0, index + 1), tolerance).slice(0, -1),
		...simplify(points.slice(index), tolerance)
	];
}

/**
 * Whole units (a third of a pixel in the inset), simplified within 0.6 units, written as relative
 * moves; islands under MIN_ISLAND square units and Antarctica (no view goes there; the inset's
 * world ends at 60° S) left out. The inset is 132 pixels wide, and this keeps every map light.
 */
const MIN_ISLAND = 3;
function coarsen(d: string): string {
	return d
		.split('M')
		.filter(Boolean)
		.map((ring) =>
			ring
				.replace(/Z$/, '')
				.split('L')
				.map((p) => p.split(',').map(Number))
		)
		.filter((ring) => Math.min(...ring.map((p) => p[1]!)) < 150)
		.map((ring) => simplify(ring, 0.6).map((p) => p.map(Math.round)))
		.map((ring) => ring.filter((p, i) => i === 0 || p.join() !== ring[i - 1]!.join()))
		.filter((ring) => ring.length >= 3 && area(ring) >= MIN_ISLAND)
		.map((ring) => {
			const moves = ring.slice(1).map((p, i) => `${p[0]! - ring[i]![0]!},${p[1]! - ring[i]![1]!}`);
			return `M${ring[0]!.join(',')}l${moves.join(' ')}z`;
		})
		.join('');
}

/** The world as a standalone SVG for the live map's inset: sea, land, nothing else. */
export function locatorWorldSvg(): string {
	const { width, height } = LOCATOR_WORLD;
	const { inset } = theme;
	return el(
		'svg',
		{ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height },
		// The page's colour scheme reaches an SVG image too: the dark theme's sea and land there.
		el(
			'style',
			{},
			`@media (prefers-color-scheme: dark) { rect { fill: ${inScheme(inset.sea, 'dark')} } path { fill: ${inScheme(inset.land, 'dark')} } }`
		) +
			el('rect', { width, height, fill: inset.sea }) +
			el('path', { d: locatorWorldPath(), fill: inset.land })
	);
}
