/**
 * The locator inset's world: Natural Earth's 1:110m land (world-atlas land-110m) as one
 * equirectangular SVG path on a 360×180 plane (simplified with topojson-simplify), made once per build and shared by every step of
 * every map: the static maps embed it, the live map shows it as /maps/locator-world.svg.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { LOCATOR_WORLD } from '../geo/locator.ts';
import { inScheme, theme } from '../theme/theme.ts';
import { el } from '../static-map/svg.ts';

let outline: string | undefined;

/**
 * Visvalingam's effective area below which a point goes, in square degrees (the plane's square
 * units): the inset is 132 pixels wide, so a unit is a third of a pixel and shapes keep their look.
 */
const MIN_WEIGHT = 0.4;
/** Islands smaller than this many square units are left out. */
const MIN_ISLAND = 3;

/** The `d` of the world's land on the locator's 360×180 plane. */
export function locatorWorldPath(): string {
	if (outline) return outline;
	const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
	const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
	const simple = simplify(presimplify(topology as Topology<Objects<object>>), MIN_WEIGHT);
	const land = feature(simple, simple.objects.land!);
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

/**
 * Whole units, written as relative moves; islands under MIN_ISLAND square units and Antarctica (no
 * view goes there; the inset's world ends at 60° S) left out. This keeps every map light.
 */
function coarsen(d: string): string {
	return (
		d
			.split('M')
			.filter(Boolean)
			.map((ring) =>
				ring
					.replace(/Z$/, '')
					.split('L')
					.map((p) => p.split(',').map(Number).map(Math.round))
			)
			.filter((ring) => Math.min(...ring.map((p) => p[1]!)) < 150)
			.map((ring) => ring.filter((p, i) => i === 0 || p.join() !== ring[i - 1]!.join()))
			// A ring cut at the antimeridian ends where it began: `z` closes it already.
			.map((ring) =>
				ring.length > 1 && ring[0]!.join() === ring.at(-1)!.join() ? ring.slice(0, -1) : ring
			)
			.filter((ring) => ring.length >= 3 && area(ring) >= MIN_ISLAND)
			.map((ring) => {
				const moves = ring
					.slice(1)
					.map((p, i) => `${p[0]! - ring[i]![0]!},${p[1]! - ring[i]![1]!}`);
				return `M${ring[0]!.join(',')}l${moves.join(' ')}z`;
			})
			.join('')
	);
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
