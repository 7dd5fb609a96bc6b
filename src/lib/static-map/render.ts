/**
 * Scene → SVG: the static map of a step, drawn at build time with d3-geo from the same data and the
 * same scene as the live map. It is what readers without JavaScript or WebGL see, and what print
 * uses. Throws StaticMapError if the scene names something it cannot draw, which fails the build.
 */
import { geoPath } from 'd3-geo';
import { rewind } from '@turf/rewind';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { framePadding, type Size } from '../geo/framing.ts';
import {
	palette,
	recolour,
	svgDash,
	swatchLook,
	theme,
	type FillStyle,
	type Scheme
} from '../theme/theme.ts';
import type { Bounds, LegendEntry, Scene, SceneOverlay } from '../story/types';
import { projectionFor } from './projection.ts';
import { compactPath } from './compact-path.ts';
import { el, text } from './svg.ts';
import { escapeXml } from '../text/escape.ts';
import { drawInset, insetBox } from './inset.ts';
import { contextLabels, storyLabels } from './labels.ts';
import { Placer, type Box } from './placement.ts';

type Props = { id: string; name: string };

export interface StaticMapData {
	countries: FeatureCollection<Geometry, Props>;
	/** The countries' outlines without their cut edges along 180° (geo/outlines.ts), by id. */
	outlines: FeatureCollection<MultiLineString>;
	borders: FeatureCollection<MultiLineString>;
	areas: FeatureCollection<Geometry, Props>;
	/** The locator inset's world outline (server/locator-world.ts). */
	world: string;
}

export class StaticMapError extends Error {
	override name = 'StaticMapError';
}

const FONT = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";
const LEGEND_ROW = 18;
/**
 * The map's own credit line, also what print tests find once per map: short, to stay clear of the
 * legend; the page's credit (ui/credit.ts) names the five corrections.
 */
export const CREDIT = 'Map: Meridian · Natural Earth, corrected to UN positions';
/** The corner the credit takes, which no name may take: about 5 px a character at 10 px. */
const CREDIT_WIDTH = CREDIT.length * 5 + 10;

/**
 * What in a scene the static map could not draw, as messages; empty when it can draw it all. A
 * country with no shape is drawn when the scene has a symbol for it (a small state).
 */
export function undrawable(scene: Scene, shapeIds: ReadonlySet<string>): string[] {
	const symbols = new Set(scene.symbols.map((s) => s.id));
	const missing = (ids: string[], what: string) =>
		ids
			.filter((id) => !shapeIds.has(id) && !symbols.has(id))
			.map(
				(id) =>
					`step "${scene.stepId}": ${what} "${id}" has no shape in the map data and no point to draw it at; expected a country of static/data/labels.geojson (run \`npm run geo\` if that file is older than the stories)`
			);
	return [
		...missing(scene.highlight, 'highlighted country'),
		...missing(scene.shaded, 'shaded country')
	];
}

/** Fill attributes of one theme style (its outline is drawn apart: lineAttrs). */
function fillAttrs(s: FillStyle): Record<string, string | number> {
	return { fill: s.fill, 'fill-opacity': s.fillOpacity };
}

/** Outline attributes of one theme style, for its countries' outlines. */
function lineAttrs(s: FillStyle): Record<string, string | number> {
	return { fill: 'none', stroke: s.line, 'stroke-width': s.lineWidth };
}

/**
 * The static map of a scene; `scheme: 'dark'` draws every theme colour as its dark counterpart
 * (the `-dark.svg` variant pages show under prefers-color-scheme: dark).
 */
export function renderStaticMap(
	scene: Scene,
	data: StaticMapData,
	size: Size,
	scheme: Scheme = 'light'
): string {
	const byId = new Map(data.countries.features.map((f) => [f.properties.id, f]));
	const outlineById = new Map(
		data.outlines.features.map((f) => [(f.properties as Props).id, f as Feature])
	);
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
	const inset = scene.locator ? insetBox(size) : null;
	const projection = projectionFor(
		scene.camera,
		size,
		framePadding(size, [...(legendHeight ? [legendBox] : []), ...(inset ? [inset] : [])])
	);
	// `path` measures (label anchors, bounds); `outline` writes the shapes, compactly.
	const path = geoPath(projection).digits(1);
	const outline = compactPath(projection);
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
		// Fills, then their outlines: the polygons' own edges include the cut along 180°.
		draw(outline(data.countries), { fill: palette.land }),
		draw(outline(data.outlines), {
			fill: 'none',
			stroke: theme.coast.color,
			'stroke-width': theme.coast.width
		}),
		...scene.shades.map((s) =>
			draw(outline(fc(features(s.ids, byId))), fillAttrs(theme.groups[s.style]!))
		),
		...scene.highlights.map((h) =>
			draw(outline(fc(features(h.ids, byId))), fillAttrs(theme.highlights[h.style]!))
		),
		...scene.shades.map((s) =>
			draw(outline(fc(features(s.ids, outlineById))), lineAttrs(theme.groups[s.style]!))
		),
		...scene.highlights.map((h) =>
			draw(outline(fc(features(h.ids, outlineById))), lineAttrs(theme.highlights[h.style]!))
		),
		scene.areas.length
			? draw(outline(areas), {
					fill: 'url(#hatch)',
					stroke: area.edge.color,
					'stroke-width': area.edge.width,
					'stroke-dasharray': svgDash(area.edge)!
				})
			: '',
		draw(outline(data.borders), {
			fill: 'none',
			stroke: theme.border.color,
			'stroke-width': theme.border.static,
			'stroke-linejoin': 'round'
		}),
		smallStates(scene, projection, size),
		overlayShapes(scene.overlays, projection, path),
		...names(scene, projection, path, areaById, { size, legendBox, inset }),
		legend(scene.legend, legendBox),
		inset ? drawInset(viewOf(projection, size), data.world, inset) : '',
		text(
			[CREDIT],
			{
				x: size.width - 6,
				y: size.height - 6,
				'text-anchor': 'end',
				'font-size': 10,
				fill: palette.credit
			},
			12
		)
	];

	const defs = el('defs', {}, hatchPattern());
	const svg = el(
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
	return recolour(svg, scheme);
}

/**
 * Every name, placed clear of the legend, the inset, the credit and each other; context labels
 * are drawn first (under the story's names) but placed last, so they give way.
 */
function names(
	scene: Scene,
	projection: Projection,
	path: ReturnType<typeof geoPath>,
	areaById: Map<string, Feature>,
	layout: { size: Size; legendBox: Rect; inset: Rect | null }
): [string, string] {
	const { size } = layout;
	const placer = new Placer({ x0: 2, y0: 2, x1: size.width - 2, y1: size.height - 2 });
	const box = (r: Rect): Box => ({ x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height });
	if (layout.legendBox.height) placer.take(box(layout.legendBox));
	if (layout.inset) placer.take(box(layout.inset));
	placer.take({
		x0: size.width - CREDIT_WIDTH,
		y0: size.height - 18,
		x1: size.width,
		y1: size.height
	});
	const story = storyLabels(scene, projection, path, areaById, placer);
	return [contextLabels(scene, projection, placer), story];
}

/** The lon/lat bounds the projection shows on a map of this size. */
function viewOf(projection: Projection, size: Size): Bounds {
	const [w, n] = projection.invert!([0, 0])!;
	const [e, s] = projection.invert!([size.width, size.height])!;
	return [w, s, e, n];
}

type Rect = { x: number; y: number; width: number; height: number };

/** The small states' symbols, as the live map draws them (theme.smallState): a halo, a circle. */
function smallStates(scene: Scene, projection: Projection, size: Size): string {
	const look = theme.smallState;
	const r = look.radius + look.lineWidth + look.halo;
	return scene.symbols
		.map((sym) => {
			const at = projection(sym.at);
			// Only those on the map: a group's members far off it (Palau in a view of Fiji) would
			// add shapes nobody sees, and resvg, which draws the cards, fails on some of them.
			if (!at || at[0] < -r || at[1] < -r || at[0] > size.width + r || at[1] > size.height + r)
				return '';
			const s = (sym.kind === 'highlight' ? theme.highlights : theme.groups)[sym.style]!;
			const centre = { cx: at[0].toFixed(1), cy: at[1].toFixed(1) };
			return (
				el('circle', {
					...centre,
					r: look.radius + look.lineWidth + look.halo,
					fill: palette.halo
				}) +
				el('circle', {
					...centre,
					r: look.radius,
					fill: s.fill,
					stroke: s.line,
					'stroke-width': look.lineWidth,
					'data-symbol': sym.id
				})
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
				// Wound clockwise, as d3-geo reads an area on the sphere (see server/static-maps.ts).
				return el('path', {
					d: path(rewind(g, { reverse: true })) ?? '',
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
				// Its name is placed with the other names (labels.ts).
				return el('circle', {
					cx: at[0].toFixed(1),
					cy: at[1].toFixed(1),
					r: o.site.size / 2,
					fill: o.site.color,
					stroke: palette.halo,
					'stroke-width': 1.5
				});
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
		el('rect', {
			...box,
			fill: palette.panel,
			'fill-opacity': 0.94,
			stroke: palette.panelEdge,
			rx: 4
		}) + rows
	);
}
