/**
 * The basemap and story layers as one MapLibre style, built from the theme only: no tiles, no
 * glyph server (labels use the page's web font), no sprite. Every source starts empty: the map's
 * shapes arrive as one TopoJSON file (`story-map.ts`), and `applyScene` (layers.ts) fills the
 * layers that depend on the scene.
 */
import type {
	ExpressionSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	StyleSpecification
} from 'maplibre-gl';
import {
	contextLabelLook,
	labelFont,
	palette,
	recolour,
	theme,
	type FillStyle,
	type Scheme
} from '$lib/theme/theme';

/** Matches nothing until a scene says which ids to show. */
export const NONE: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];

/** A source the scene fills (markers, overlays, arrowheads): empty until the first scene. */
const empty = (): GeoJSONSourceSpecification => ({
	type: 'geojson',
	data: { type: 'FeatureCollection', features: [] }
});
const role = (name: string): ExpressionSpecification => ['==', ['get', 'role'], name];
const byZoom = (stops: readonly (readonly [number, number])[]): ExpressionSpecification =>
	['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;

/** A fill layer and its outline layer for one style of the theme (a group or a highlight set). */
function fillPair(id: string, s: FillStyle): [LayerSpecification, LayerSpecification] {
	return [
		{
			id,
			type: 'fill',
			source: 'countries',
			filter: NONE,
			// No antialiased edge: the outline layer draws the edge, and an antialiased fill shows a
			// hairline down the shapes' cut along 180° (Chukotka).
			paint: { 'fill-color': s.fill, 'fill-opacity': s.fillOpacity, 'fill-antialias': false }
		},
		{
			id: `${id}-line`,
			type: 'line',
			source: 'outlines',
			filter: NONE,
			paint: { 'line-color': s.line, 'line-width': s.lineWidth }
		}
	];
}

/** A seas' value and a countries' value of a context label, by its `kind`. */
const byKind = (sea: string, country: string): ExpressionSpecification => [
	'match',
	['get', 'kind'],
	'sea',
	sea,
	country
];

const halo = (width: number) => ({
	'text-color': palette.label,
	'text-halo-color': palette.halo,
	'text-halo-width': width
});

/**
 * The labels of the markers on one side of their dots. The side facing the middle of the view
 * comes first; MapLibre tries each anchor without overlap before it allows any (two markers close
 * together). A story's markers are always drawn; context labels (placed after them) give way.
 */
function markerLabels(
	side: 'left' | 'right',
	anchors: ('left' | 'right' | 'top' | 'bottom')[]
): LayerSpecification {
	return {
		id: `place-label-${side}`,
		type: 'symbol',
		source: 'markers',
		filter: ['==', ['get', 'side'], side],
		layout: {
			'text-field': ['get', 'label'],
			'text-font': labelFont,
			'text-size': theme.labels.marker.size,
			'text-variable-anchor': anchors,
			'text-radial-offset': 0.7,
			'text-justify': 'auto',
			'text-allow-overlap': true
		},
		paint: halo(theme.labels.marker.haloWidth)
	};
}

/**
 * `url(name)` turns a data file name into an absolute URL on the page's own origin; `scheme`
 * picks the theme's light or dark colours.
 */
/**
 * The small states' symbols (theme.smallState): one halo under all, then a circle per style of
 * highlight set and group, in its fill and outline colours, so the dark scheme repaints them too.
 */
function smallStates(): LayerSpecification[] {
	const { smallState: look } = theme;
	const styled = (kind: 'highlight' | 'group', s: FillStyle, i: number): LayerSpecification => ({
		id: `small-${kind}-${i}`,
		type: 'circle',
		source: 'symbols',
		filter: ['all', ['==', ['get', 'kind'], kind], ['==', ['get', 'style'], i]],
		paint: {
			'circle-radius': look.radius,
			'circle-color': s.fill,
			'circle-stroke-color': s.line,
			'circle-stroke-width': look.lineWidth
		}
	});
	return [
		{
			id: 'small-halo',
			type: 'circle',
			source: 'symbols',
			paint: {
				'circle-radius': look.radius + look.lineWidth + look.halo,
				'circle-color': palette.halo
			}
		},
		...theme.groups.map((s, i) => styled('group', s, i)),
		...theme.highlights.map((s, i) => styled('highlight', s, i))
	];
}

/** A layer of the scene's context labels: those `filter` lets through, tried at these anchors. */
function contextLabelLayer(
	id: string,
	filter: ExpressionSpecification,
	anchors: ('center' | 'top' | 'bottom')[],
	offset: number
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: 'context-labels',
		filter,
		layout: {
			'text-field': ['get', 'name'],
			'text-font': labelFont,
			'text-size': ['get', 'size'],
			'text-letter-spacing': ['get', 'spacing'],
			'text-max-width': 9,
			'text-padding': 3,
			'text-variable-anchor': anchors,
			'text-radial-offset': offset,
			'symbol-sort-key': ['get', 'priority']
		},
		paint: {
			'text-color': byKind(contextLabelLook('sea', 1).color, contextLabelLook('country', 1).color),
			'text-halo-color': byKind(
				contextLabelLook('sea', 1).halo,
				contextLabelLook('country', 1).halo
			),
			'text-halo-width': theme.labels.country.haloWidth
		}
	};
}

export function storyStyle(scheme: Scheme = 'light'): StyleSpecification {
	return JSON.parse(recolour(JSON.stringify(lightStyle()), scheme)) as StyleSpecification;
}

function lightStyle(): StyleSpecification {
	const groups = theme.groups.map((s, i) => fillPair(`group-${i}`, s));
	const highlights = theme.highlights.map((s, i) => fillPair(`highlight-${i}`, s));
	const { overlays: o, area } = theme;
	return {
		version: 8,
		sources: {
			countries: { ...empty(), promoteId: 'id' },
			outlines: empty(),
			borders: empty(),
			areas: empty(),
			markers: empty(),
			symbols: empty(),
			'context-labels': empty(),
			overlays: empty(),
			arrows: empty()
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
			{
				id: 'land',
				type: 'fill',
				source: 'countries',
				paint: { 'fill-color': palette.land, 'fill-antialias': false }
			},
			...groups.map(([fill]) => fill),
			...highlights.map(([fill]) => fill),
			{
				id: 'area-hatch',
				type: 'fill',
				source: 'areas',
				filter: NONE,
				paint: { 'fill-pattern': 'hatch' }
			},
			{
				id: 'overlay-zone',
				type: 'fill',
				source: 'overlays',
				filter: role('zone'),
				paint: { 'fill-color': o.zone.fill, 'fill-opacity': o.zone.fillOpacity }
			},
			{
				id: 'coast',
				type: 'line',
				source: 'outlines',
				paint: { 'line-color': theme.coast.color, 'line-width': theme.coast.width }
			},
			{
				id: 'borders',
				type: 'line',
				source: 'borders',
				layout: { 'line-join': 'round' },
				paint: { 'line-color': theme.border.color, 'line-width': byZoom(theme.border.widthAt) }
			},
			...groups.map(([, line]) => line),
			...highlights.map(([, line]) => line),
			{
				id: 'area-edge',
				type: 'line',
				source: 'areas',
				filter: NONE,
				paint: {
					'line-color': area.edge.color,
					'line-width': area.edge.width,
					'line-dasharray': [...area.edge.dash]
				}
			},
			{
				id: 'overlay-zone-line',
				type: 'line',
				source: 'overlays',
				filter: role('zone'),
				paint: {
					'line-color': o.zone.line,
					'line-width': o.zone.lineWidth,
					'line-dasharray': [...o.zone.dash]
				}
			},
			{
				id: 'overlay-route',
				type: 'line',
				source: 'overlays',
				filter: role('route'),
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': o.route.color,
					'line-width': o.route.width,
					'line-dasharray': [...o.route.dash]
				}
			},
			{
				id: 'overlay-movement',
				type: 'line',
				source: 'overlays',
				filter: role('movement'),
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: { 'line-color': o.movement.color, 'line-width': o.movement.width }
			},
			{
				id: 'overlay-arrow',
				type: 'symbol',
				source: 'arrows',
				layout: {
					// One image per line role (map/arrow.ts), its tip at the line's end.
					'icon-image': ['concat', 'arrow-', ['get', 'role']],
					'icon-rotate': ['get', 'angle'],
					'icon-rotation-alignment': 'map',
					'icon-anchor': 'top',
					'icon-allow-overlap': true,
					'icon-ignore-placement': true
				}
			},
			// Countries and seas for orientation, from the scene; placed after every other name
			// (layers above are placed first), in the scene's order, and never over another. On its
			// point, or just below or above it, whichever is free (as the static map tries).
			contextLabelLayer('context-label', ['!', ['get', 'small']], ['center', 'top', 'bottom'], 0.9),
			// A small state's name beside its symbol (below it, or above), never on it.
			contextLabelLayer('small-state-label', ['get', 'small'], ['top', 'bottom'], 1.1),
			{
				id: 'area-label',
				type: 'symbol',
				source: 'areas',
				filter: NONE,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': labelFont,
					'text-size': area.label.size,
					// Below or beside the area, clear of a marker at its centre.
					'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
					'text-radial-offset': 1.6
				},
				paint: halo(theme.labels.country.haloWidth)
			},
			...smallStates(),
			{
				id: 'overlay-site',
				type: 'circle',
				source: 'overlays',
				filter: role('site'),
				paint: {
					'circle-radius': o.site.size / 2,
					'circle-color': o.site.color,
					'circle-stroke-color': palette.halo,
					'circle-stroke-width': 1.5
				}
			},
			{
				id: 'overlay-label',
				type: 'symbol',
				source: 'overlays',
				filter: role('site'),
				layout: {
					'text-field': ['get', 'name'],
					'text-font': labelFont,
					'text-size': theme.labels.marker.size - 2,
					'text-anchor': 'left',
					'text-radial-offset': 0.7
				},
				paint: halo(theme.labels.marker.haloWidth)
			},
			{
				id: 'place-dot',
				type: 'circle',
				source: 'markers',
				paint: {
					'circle-radius': theme.marker.radius,
					'circle-color': theme.marker.fill,
					'circle-stroke-color': theme.marker.stroke,
					'circle-stroke-width': theme.marker.strokeWidth
				}
			},
			markerLabels('right', ['left', 'right', 'bottom', 'top']),
			markerLabels('left', ['right', 'left', 'bottom', 'top'])
		]
	};
}
