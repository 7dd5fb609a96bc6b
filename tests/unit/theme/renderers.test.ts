import type { LayerSpecification } from 'maplibre-gl';
import { outlinesOf } from '../../../src/lib/geo/outlines';
import { describe, expect, it } from 'vitest';
import { storyStyle } from '../../../src/lib/map/style';
import { renderStaticMap, type StaticMapData } from '../../../src/lib/static-map/render';
import type { Scene } from '../../../src/lib/story/types';
import { svgDash } from '../../../src/lib/theme/theme';

/** Two square countries and a square area: enough to draw every kind of layer. */
const square = (id: string, w: number, s: number) => ({
	type: 'Feature' as const,
	properties: { id, name: id },
	geometry: {
		type: 'Polygon' as const,
		// Clockwise, as the static map's loader winds them for d3-geo.
		coordinates: [
			[
				[w, s],
				[w, s + 2],
				[w + 2, s + 2],
				[w + 2, s],
				[w, s]
			]
		]
	}
});
const countries = {
	type: 'FeatureCollection' as const,
	features: [square('AAA', 0, 0), square('BBB', 3, 0), square('CCC', 6, 0)]
};
const data: StaticMapData = {
	countries,
	outlines: outlinesOf(countries),
	borders: { type: 'FeatureCollection', features: [] },
	areas: { type: 'FeatureCollection', features: [square('zone-a', 3.5, 0.5)] },
	world: ''
};

const scene: Scene = {
	stepId: 'both-ways',
	camera: { kind: 'fit', bounds: [0, 0, 8, 2], points: [] },
	highlight: ['AAA', 'BBB'],
	highlights: [
		{ ids: ['AAA'], style: 0 },
		{ ids: ['BBB'], style: 1 }
	],
	shades: [{ group: 'G', ids: ['CCC'], style: 0 }],
	shaded: ['CCC'],
	symbols: [],
	areas: [{ id: 'zone-a', label: 'Zone A' }],
	overlays: [
		{
			id: 'm',
			role: 'movement',
			name: 'M',
			arrow: true,
			source: 'S',
			geometry: {
				type: 'LineString',
				coordinates: [
					[0.5, 1],
					[7.5, 1]
				]
			},
			arrowheads: [{ at: [7.5, 1], angle: 90 }]
		},
		{
			id: 'r',
			role: 'route',
			name: 'R',
			arrow: false,
			source: 'S',
			geometry: {
				type: 'LineString',
				coordinates: [
					[0.5, 0.5],
					[7.5, 0.5]
				]
			},
			arrowheads: []
		}
	],
	markers: [],
	labels: [],
	locator: null,
	fine: null,
	legend: [],
	description: 'A test scene',
	peeks: [],
	leads: {}
};

const layer = (id: string) => {
	const found = storyStyle().layers.find((l) => l.id === id);
	if (!found) throw new Error(`no layer ${id}`);
	return found as LayerSpecification & { paint: Record<string, unknown> };
};

/** Attributes of every element of the SVG, as maps. */
function elements(svg: string): Record<string, string>[] {
	return [...svg.matchAll(/<(path|polygon|line|rect|circle)\b([^>]*)\/?>/g)].map((m) =>
		Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]))
	);
}

describe('one scene drawn by both renderers', () => {
	const svg = renderStaticMap(scene, data, { width: 800, height: 400 });
	const drawn = elements(svg);
	const has = (attrs: Record<string, string | number | undefined>) =>
		drawn.some((el) =>
			Object.entries(attrs).every(([k, v]) => v === undefined || el[k] === String(v))
		);

	it('fills and outlines each highlight set and group with the live map’s colours and widths', () => {
		for (const id of ['highlight-0', 'highlight-1', 'group-0']) {
			const fill = layer(id).paint;
			const line = layer(`${id}-line`).paint;
			// Fill and outline are drawn apart, as on the live map: the outline leaves out the cut
			// along 180° (geo/outlines.ts).
			expect(
				has({
					fill: fill['fill-color'] as string,
					'fill-opacity': fill['fill-opacity'] as number
				}),
				`${id} fill`
			).toBe(true);
			expect(
				has({
					fill: 'none',
					stroke: line['line-color'] as string,
					'stroke-width': line['line-width'] as number
				}),
				`${id} outline`
			).toBe(true);
		}
	});

	it('draws an area’s edge and each overlay line with the live map’s colour, width and dash', () => {
		for (const id of ['area-edge', 'overlay-movement', 'overlay-route']) {
			const p = layer(id).paint;
			const width = p['line-width'] as number;
			const dash = (p['line-dasharray'] as number[] | undefined) ?? null;
			expect(
				has({
					stroke: p['line-color'] as string,
					'stroke-width': width,
					'stroke-dasharray': svgDash({ width, dash })
				}),
				id
			).toBe(true);
		}
	});

	it('draws the arrowhead in its line’s colour, and the sea and land as the live map does', () => {
		const movement = layer('overlay-movement').paint['line-color'] as string;
		expect(drawn.some((el) => el.points && el.fill === movement)).toBe(true);
		expect(has({ fill: layer('sea').paint['background-color'] as string })).toBe(true);
		expect(has({ fill: layer('land').paint['fill-color'] as string })).toBe(true);
	});
});
