/**
 * Scene → SVG: the static map of a step, drawn at build time with d3-geo from the same data and the
 * same scene as the live map. It is what readers without JavaScript or WebGL see, and what print
 * uses. Throws StaticMapError if the scene names something it cannot draw, which fails the build.
 */
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Point } from 'geojson';
import { framePadding, type Size } from '../geo/framing.ts';
import { palette } from '../theme/palette.ts';
import type { LegendEntry, Scene } from '../story/types';
import { projectionFor } from './projection.ts';
import { el, text } from './svg.ts';
import { escapeXml } from '../text/escape.ts';

type Props = { id: string; name: string };

export interface StaticMapData {
	countries: FeatureCollection<Geometry, Props>;
	borders: FeatureCollection<MultiLineString>;
	crimea: FeatureCollection<Geometry>;
	labels: FeatureCollection<Point, Props>;
}

export class StaticMapError extends Error {
	override name = 'StaticMapError';
}

const FONT = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";
const LEGEND_ROW = 18;
/** The map's own credit line, also what print tests find once per map. */
export const CREDIT = 'Map: Meridian · Natural Earth';

/** What in a scene the static map could not draw, as messages; empty when it can draw it all. */
export function undrawable(scene: Scene, shapeIds: ReadonlySet<string>): string[] {
	const missing = (ids: string[], what: string) =>
		ids
			.filter((id) => !shapeIds.has(id))
			.map(
				(id) =>
					`step "${scene.stepId}": ${what} "${id}" has no shape in the map data; expected a country the static map can draw`
			);
	return [
		...missing(scene.highlight, 'highlighted country'),
		...missing(scene.shaded, 'shaded country')
	];
}

export function renderStaticMap(scene: Scene, data: StaticMapData, size: Size): string {
	const byId = new Map(data.countries.features.map((f) => [f.properties.id, f]));
	const problems = undrawable(scene, new Set(byId.keys()));
	if (problems.length) throw new StaticMapError(problems.join('\n'));
	const highlighted = scene.highlight.map((id) => byId.get(id)!);
	const shaded = scene.shaded.map((id) => byId.get(id)!);

	const legendHeight = scene.legend.length ? scene.legend.length * LEGEND_ROW + 12 : 0;
	const legendBox = {
		x: 10,
		y: size.height - legendHeight - 10,
		width: legendWidth(scene.legend),
		height: legendHeight
	};
	const projection = projectionFor(
		scene.camera,
		size,
		framePadding(size, legendHeight ? [legendBox] : [])
	);
	const path = geoPath(projection).digits(1);
	const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
	const draw = (d: string | null, attrs: Record<string, string | number>) =>
		d ? el('path', { d, ...attrs }) : '';

	const layers = [
		el('rect', { width: size.width, height: size.height, fill: palette.sea }),
		draw(path(data.countries), { fill: palette.land, stroke: palette.coast, 'stroke-width': 0.6 }),
		draw(path(fc(shaded)), {
			fill: palette.member,
			stroke: palette.memberLine,
			'stroke-width': 0.8
		}),
		draw(path(fc(highlighted)), {
			fill: palette.highlight,
			'fill-opacity': 0.85,
			stroke: palette.highlightLine,
			'stroke-width': 1.5
		}),
		scene.crimea
			? draw(path(data.crimea), {
					fill: 'url(#hatch)',
					stroke: palette.hatch,
					'stroke-width': 1.2,
					'stroke-dasharray': '4 3'
				})
			: '',
		draw(path(data.borders), {
			fill: 'none',
			stroke: palette.border,
			'stroke-width': 0.8,
			'stroke-linejoin': 'round'
		}),
		countryLabels(scene, data, projection, size),
		markers(scene, projection),
		legend(scene.legend, legendBox),
		text(
			[CREDIT],
			{
				x: size.width - 6,
				y: size.height - 6,
				'text-anchor': 'end',
				'font-size': 10,
				fill: '#555'
			},
			12
		)
	];

	const defs = el(
		'defs',
		{},
		el(
			'pattern',
			{
				id: 'hatch',
				width: 8,
				height: 8,
				patternUnits: 'userSpaceOnUse',
				patternTransform: 'rotate(45)'
			},
			el('rect', { width: 3, height: 8, fill: palette.hatch })
		)
	);
	return el(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${size.width} ${size.height}`,
			width: size.width,
			height: size.height,
			role: 'img',
			'font-family': FONT
		},
		el('title', {}, escapeXml(scene.description)) + defs + layers.join('')
	);
}

/** Near a marker's dot or label (roughly what the live map's symbol collisions avoid). */
function nearMarker([x, y]: [number, number], markerAt: [number, number][]): boolean {
	return markerAt.some(([mx, my]) => Math.abs(mx - x) < 90 && Math.abs(my - y) < 24);
}

function countryLabels(
	scene: Scene,
	data: StaticMapData,
	projection: ReturnType<typeof projectionFor>,
	size: Size
) {
	const wanted = new Set(scene.labels);
	const markerAt = scene.markers
		.map((m) => projection(m.coordinates))
		.filter((p): p is [number, number] => p !== null);
	return data.labels.features
		.filter((f) => wanted.has(f.properties.id))
		.map((f) => {
			const at = projection(f.geometry.coordinates as [number, number]);
			if (!at || at[0] < 0 || at[1] < 0 || at[0] > size.width || at[1] > size.height) return '';
			if (nearMarker(at, markerAt)) return '';
			return text(
				[f.properties.name.toUpperCase()],
				{
					x: at[0].toFixed(1),
					y: at[1].toFixed(1),
					'text-anchor': 'middle',
					'font-size': 12,
					'font-weight': 600,
					'letter-spacing': 1,
					fill: palette.label,
					stroke: palette.halo,
					'stroke-width': 3,
					'paint-order': 'stroke'
				},
				14
			);
		})
		.join('');
}

function markers(scene: Scene, projection: ReturnType<typeof projectionFor>) {
	return scene.markers
		.map((m) => {
			const at = projection(m.coordinates);
			if (!at) return '';
			const [x, y] = at;
			const dx = m.side === 'left' ? -9 : 9;
			const lines = m.note ? [m.name, m.note] : [m.name];
			return (
				el('circle', {
					cx: x.toFixed(1),
					cy: y.toFixed(1),
					r: 5,
					fill: palette.marker,
					stroke: palette.halo,
					'stroke-width': 2
				}) +
				text(
					lines,
					{
						x: (x + dx).toFixed(1),
						y: (y + 5).toFixed(1),
						'text-anchor': m.side === 'left' ? 'end' : 'start',
						'font-size': 14,
						'font-weight': 600,
						fill: palette.label,
						stroke: palette.halo,
						'stroke-width': 3.5,
						'paint-order': 'stroke'
					},
					16
				)
			);
		})
		.join('');
}

/** An estimate: the SVG is drawn without a browser to measure text. */
function legendWidth(entries: LegendEntry[]): number {
	return Math.max(0, ...entries.map((e) => e.label.length * 6.4)) + 40;
}

const SWATCH: Record<LegendEntry['swatch'], Record<string, string>> = {
	highlight: { fill: palette.highlight, stroke: palette.highlightLine },
	member: { fill: palette.member, stroke: palette.memberLine },
	annexed: { fill: 'url(#hatch)', stroke: palette.hatch }
};

function legend(
	entries: LegendEntry[],
	box: { x: number; y: number; width: number; height: number }
) {
	if (!entries.length) return '';
	const rows = entries
		.map((entry, i) => {
			const y = box.y + 8 + i * LEGEND_ROW;
			return (
				el('rect', {
					x: box.x + 8,
					y: y + 2,
					width: 16,
					height: 11,
					'stroke-width': 1.5,
					...SWATCH[entry.swatch]
				}) +
				text([entry.label], { x: box.x + 30, y: y + 12, 'font-size': 12, fill: palette.label }, 14)
			);
		})
		.join('');
	return (
		el('rect', { ...box, fill: '#ffffff', 'fill-opacity': 0.94, stroke: '#d8d4cc', rx: 4 }) + rows
	);
}
