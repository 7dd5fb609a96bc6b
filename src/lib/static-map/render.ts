/**
 * Scene → SVG: the static map of a step, drawn at build time with d3-geo from the same data and the
 * same scene as the live map. It is what readers without JavaScript or WebGL see, and what print
 * uses. Throws StaticMapError if the scene names something it cannot draw, which fails the build.
 */
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Point } from 'geojson';
import { framePadding, type Size } from '../geo/framing.ts';
import { palette, svgDash, swatchLook, theme, type FillStyle } from '../theme/theme.ts';
import type { LegendEntry, Scene, SceneOverlay } from '../story/types';
import { projectionFor } from './projection.ts';
import { el, text } from './svg.ts';
import { escapeXml } from '../text/escape.ts';

type Props = { id: string; name: string };

export interface StaticMapData {
	countries: FeatureCollection<Geometry, Props>;
	borders: FeatureCollection<MultiLineString>;
	areas: FeatureCollection<Geometry, Props>;
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

/** Fill and outline attributes of one theme style. */
function fillAttrs(s: FillStyle): Record<string, string | number> {
	return {
		fill: s.fill,
		'fill-opacity': s.fillOpacity,
		stroke: s.line,
		'stroke-width': s.lineWidth
	};
}

export function renderStaticMap(scene: Scene, data: StaticMapData, size: Size): string {
	const byId = new Map(data.countries.features.map((f) => [f.properties.id, f]));
	const problems = undrawable(scene, new Set(byId.keys()));
	if (problems.length) throw new StaticMapError(problems.join('\n'));
	const areaById = new Map(data.areas.features.map((f) => [f.properties.id, f]));
	const features = (ids: string[], from: Map<string, Feature>) =>
		ids.map((id) => from.get(id)).filter((f): f is Feature => f !== undefined);

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

	const { area } = theme;
	const areas = fc(
		features(
			scene.areas.map((a) => a.id),
			areaById
		)
	);
	const layers = [
		el('rect', { width: size.width, height: size.height, fill: palette.sea }),
		draw(path(data.countries), {
			fill: palette.land,
			stroke: theme.coast.color,
			'stroke-width': theme.coast.width
		}),
		...scene.shades.map((s) =>
			draw(path(fc(features(s.ids, byId))), fillAttrs(theme.groups[s.style]!))
		),
		...scene.highlights.map((h) =>
			draw(path(fc(features(h.ids, byId))), fillAttrs(theme.highlights[h.style]!))
		),
		scene.areas.length
			? draw(path(areas), {
					fill: 'url(#hatch)',
					stroke: area.edge.color,
					'stroke-width': area.edge.width,
					'stroke-dasharray': svgDash(area.edge)!
				})
			: '',
		draw(path(data.borders), {
			fill: 'none',
			stroke: theme.border.color,
			'stroke-width': theme.border.static,
			'stroke-linejoin': 'round'
		}),
		overlayShapes(scene.overlays, projection, path),
		countryLabels(scene, data, projection, size),
		areaLabels(scene, data, path),
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

	const defs = el('defs', {}, hatchPattern());
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
	const { marker, labels } = theme;
	return scene.markers
		.map((m) => {
			const at = projection(m.coordinates);
			if (!at) return '';
			const [x, y] = at;
			const dx = m.side === 'left' ? -9 : 9;
			const lines = m.note ? [m.name, ...m.note.split('\n')] : [m.name];
			return (
				el('circle', {
					cx: x.toFixed(1),
					cy: y.toFixed(1),
					r: marker.radius,
					fill: marker.fill,
					stroke: marker.stroke,
					'stroke-width': marker.strokeWidth
				}) +
				text(
					lines,
					{
						x: (x + dx).toFixed(1),
						y: (y + 5).toFixed(1),
						'text-anchor': m.side === 'left' ? 'end' : 'start',
						'font-size': labels.marker.static,
						'font-weight': 600,
						fill: palette.label,
						stroke: palette.halo,
						'stroke-width': labels.marker.haloWidth * 1.75,
						'paint-order': 'stroke'
					},
					16
				)
			);
		})
		.join('');
}

type Projection = ReturnType<typeof projectionFor>;

/**
 * Overlay features, drawn like the live map: lines straight on the Web Mercator plane (as MapLibre
 * draws them, not as great circles), arrowheads at their ends, zones filled, sites as dots.
 */
function overlayShapes(
	overlays: SceneOverlay[],
	projection: Projection,
	path: ReturnType<typeof geoPath>
): string {
	const o = theme.overlays;
	const line = (coords: number[][]) =>
		coords
			.map((p, i) => {
				const at = projection(p as [number, number]);
				return at ? `${i ? 'L' : 'M'}${at[0].toFixed(1)},${at[1].toFixed(1)}` : '';
			})
			.join('');
	return overlays
		.map((f) => {
			const g = f.geometry;
			if (f.role === 'zone') {
				return el('path', {
					d: path(g) ?? '',
					fill: o.zone.fill,
					'fill-opacity': o.zone.fillOpacity,
					stroke: o.zone.line,
					'stroke-width': o.zone.lineWidth,
					'stroke-dasharray': svgDash({ width: o.zone.lineWidth, dash: o.zone.dash })
				});
			}
			if (f.role === 'site' && g.type === 'Point') {
				const at = projection(g.coordinates as [number, number]);
				if (!at) return '';
				return (
					el('circle', {
						cx: at[0].toFixed(1),
						cy: at[1].toFixed(1),
						r: o.site.size / 2,
						fill: o.site.color,
						stroke: palette.halo,
						'stroke-width': 1.5
					}) +
					text(
						[f.name],
						{
							x: (at[0] + 9).toFixed(1),
							y: (at[1] + 5).toFixed(1),
							'font-size': theme.labels.marker.static - 1,
							'font-weight': 600,
							fill: palette.label,
							stroke: palette.halo,
							'stroke-width': 3.5,
							'paint-order': 'stroke'
						},
						16
					)
				);
			}
			if (f.role !== 'movement' && f.role !== 'route') return '';
			const style = o[f.role];
			const lines =
				g.type === 'LineString'
					? [g.coordinates]
					: g.type === 'MultiLineString'
						? g.coordinates
						: [];
			const heads = f.arrowheads.map((a) => {
				const at = projection(a.at);
				if (!at) return '';
				const w = style.arrow;
				return el('polygon', {
					points: `0,0 ${-w / 2},${w} ${w / 2},${w}`,
					fill: style.color,
					transform: `translate(${at[0].toFixed(1)},${at[1].toFixed(1)}) rotate(${a.angle})`
				});
			});
			return (
				el('path', {
					d: lines.map(line).join(''),
					fill: 'none',
					stroke: style.color,
					'stroke-width': style.width,
					'stroke-dasharray': svgDash(style),
					'stroke-linecap': 'round',
					'stroke-linejoin': 'round'
				}) + heads.join('')
			);
		})
		.join('');
}

/** The hatch of the live map (map/images.ts: stripes where (x + y) mod size < stripe), in SVG terms. */
function hatchPattern(): string {
	const { size, stripe, color } = theme.area.hatch;
	// Diagonal stripes of the live map's pixel tile: period size/√2 and width stripe/√2 across them.
	const period = +(size / Math.SQRT2).toFixed(3);
	return el(
		'pattern',
		{
			id: 'hatch',
			width: period,
			height: period,
			patternUnits: 'userSpaceOnUse',
			patternTransform: 'rotate(45)'
		},
		el('rect', { width: +(stripe / Math.SQRT2).toFixed(3), height: period, fill: color })
	);
}

/** Each hatched area's label ("Crimea (annexed 2014)"), centred under the area as the live map puts it. */
function areaLabels(scene: Scene, data: StaticMapData, path: ReturnType<typeof geoPath>): string {
	return scene.areas
		.map((a) => {
			const feature = data.areas.features.find((f) => f.properties.id === a.id);
			if (!feature) return '';
			const [[x0], [x1, y1]] = path.bounds(feature);
			return text(
				a.label.split('\n'),
				{
					x: ((x0 + x1) / 2).toFixed(1),
					y: (y1 + 16).toFixed(1),
					'text-anchor': 'middle',
					'font-size': theme.area.label.size,
					'font-weight': 600,
					fill: palette.label,
					stroke: palette.halo,
					'stroke-width': 3,
					'paint-order': 'stroke'
				},
				15
			);
		})
		.join('');
}

/** An estimate: the SVG is drawn without a browser to measure text. */
function legendWidth(entries: LegendEntry[]): number {
	return Math.max(0, ...entries.map((e) => e.label.length * 6.4)) + 40;
}

/** One legend swatch, as Legend.svelte draws it from the same theme entry. */
function swatch(entry: LegendEntry, x: number, y: number): string {
	const look = swatchLook(entry.swatch);
	if (look.shape === 'line') {
		return el('line', {
			x1: x,
			y1: y + 7,
			x2: x + 16,
			y2: y + 7,
			stroke: look.line,
			'stroke-width': look.lineWidth,
			'stroke-dasharray': look.dash
		});
	}
	if (look.shape === 'point') {
		return el('circle', {
			cx: x + 8,
			cy: y + 7,
			r: 5,
			fill: look.fill,
			stroke: look.line,
			'stroke-width': 1.5
		});
	}
	return el('rect', {
		x,
		y: y + 2,
		width: 16,
		height: 11,
		fill: look.hatched ? 'url(#hatch)' : look.fill,
		'fill-opacity': look.hatched ? undefined : look.fillOpacity,
		stroke: look.line,
		'stroke-width': look.lineWidth,
		'stroke-dasharray': look.dash
	});
}

function legend(
	entries: LegendEntry[],
	box: { x: number; y: number; width: number; height: number }
) {
	if (!entries.length) return '';
	const rows = entries
		.map((entry, i) => {
			const y = box.y + 8 + i * LEGEND_ROW;
			return (
				swatch(entry, box.x + 8, y) +
				text([entry.label], { x: box.x + 30, y: y + 12, 'font-size': 12, fill: palette.label }, 14)
			);
		})
		.join('');
	return (
		el('rect', { ...box, fill: '#ffffff', 'fill-opacity': 0.94, stroke: '#d8d4cc', rx: 4 }) + rows
	);
}
