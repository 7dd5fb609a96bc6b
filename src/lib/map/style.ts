/**
 * The basemap and story layers as one MapLibre style, built from self-hosted data only: no tiles,
 * no glyph server (labels use the page's web font), no sprite. Layers that depend on the scene
 * start empty; `applyLayers` (layers.ts) fills them in.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { labelFont, palette } from '$lib/theme/palette';

/** Matches nothing until a scene says which ids to show. */
export const NONE: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];

/** `url(name)` turns a data file name into an absolute URL on the page's own origin. */
export function storyStyle(url: (name: string) => string): StyleSpecification {
	return {
		version: 8,
		sources: {
			countries: { type: 'geojson', data: url('countries-story.geojson'), promoteId: 'id' },
			borders: { type: 'geojson', data: url('borders-story.geojson') },
			crimea: { type: 'geojson', data: url('crimea.geojson') },
			labels: { type: 'geojson', data: url('labels.geojson') },
			places: { type: 'geojson', data: url('places.geojson') }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
			{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': palette.land } },
			{
				id: 'member',
				type: 'fill',
				source: 'countries',
				filter: NONE,
				paint: { 'fill-color': palette.member }
			},
			{
				id: 'highlight',
				type: 'fill',
				source: 'countries',
				filter: NONE,
				paint: { 'fill-color': palette.highlight, 'fill-opacity': 0.85 }
			},
			{
				id: 'crimea-hatch',
				type: 'fill',
				source: 'crimea',
				layout: { visibility: 'none' },
				paint: { 'fill-pattern': 'hatch' }
			},
			{
				id: 'coast',
				type: 'line',
				source: 'countries',
				paint: { 'line-color': palette.coast, 'line-width': 0.6 }
			},
			{
				id: 'borders',
				type: 'line',
				source: 'borders',
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': palette.border,
					'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.2]
				}
			},
			{
				id: 'member-line',
				type: 'line',
				source: 'countries',
				filter: NONE,
				paint: { 'line-color': palette.memberLine, 'line-width': 0.8 }
			},
			{
				id: 'highlight-line',
				type: 'line',
				source: 'countries',
				filter: NONE,
				paint: { 'line-color': palette.highlightLine, 'line-width': 1.5 }
			},
			{
				id: 'crimea-line',
				type: 'line',
				source: 'crimea',
				layout: { visibility: 'none' },
				paint: { 'line-color': palette.hatch, 'line-width': 1.2, 'line-dasharray': [2, 1.5] }
			},
			{
				id: 'country-label',
				type: 'symbol',
				source: 'labels',
				filter: NONE,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': labelFont,
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, 12, 6, 17],
					'text-transform': 'uppercase',
					'text-letter-spacing': 0.08,
					'text-max-width': 8
				},
				paint: {
					'text-color': palette.label,
					'text-halo-color': palette.halo,
					'text-halo-width': 1.6
				}
			},
			{
				id: 'crimea-label',
				type: 'symbol',
				source: 'crimea',
				layout: {
					visibility: 'none',
					'text-field': 'Crimea\n(annexed 2014)',
					'text-font': labelFont,
					'text-size': 13,
					// Below or beside the peninsula, clear of a Simferopol marker at its centre.
					'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
					'text-radial-offset': 1.6
				},
				paint: {
					'text-color': palette.label,
					'text-halo-color': palette.halo,
					'text-halo-width': 1.6
				}
			},
			{
				id: 'place-dot',
				type: 'circle',
				source: 'places',
				filter: NONE,
				paint: {
					'circle-radius': 5,
					'circle-color': palette.marker,
					'circle-stroke-color': palette.halo,
					'circle-stroke-width': 2
				}
			},
			{
				id: 'place-label',
				type: 'symbol',
				source: 'places',
				filter: NONE,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': labelFont,
					'text-size': 15,
					// The scene sets the anchor per place: the label faces the middle of the view.
					'text-anchor': 'left',
					'text-radial-offset': 0.7,
					'text-justify': 'auto',
					'text-allow-overlap': false
				},
				paint: {
					'text-color': palette.label,
					'text-halo-color': palette.halo,
					'text-halo-width': 2
				}
			}
		]
	};
}
