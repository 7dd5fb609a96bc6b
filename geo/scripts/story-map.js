/**
 * story-map.json: what the live map loads, as one quantised TopoJSON topology made from the story's
 * GeoJSON outputs (countries-story, borders-story, areas). A border is the same arc as the edges
 * of the two countries beside it, so borders cost next to nothing; integers on a 0.01° grid (the
 * outputs' own two decimals) delta-encoded gzip to about a third of the GeoJSON.
 */
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { STORY_MAP_GRID } from '../lib/settings.js';

export const files = ['story-map.json'];

/**
 * @typedef {import('geojson').FeatureCollection} FeatureCollection
 */

/**
 * Built from the texts the other scripts wrote (build.js passes them), so the live map draws
 * exactly the shapes the static maps and the checks read.
 * @param {import('../lib/context.js').Context} _context
 * @param {Record<string, string>} texts
 */
export function build(_context, texts) {
	/** @param {string} file @returns {FeatureCollection} */
	const read = (file) => {
		const text = texts[file];
		if (text === undefined) throw new Error(`story-map.json: ${file} must be built before it`);
		return JSON.parse(text);
	};
	return { 'story-map.json': `${JSON.stringify(storyMapTopology(read))}\n` };
}

/**
 * Only what the live map's layers read: countries and areas by `id`; borders as one line
 * feature. Names are drawn from the scene's labels, never from these shapes.
 * @param {(file: string) => FeatureCollection} read
 */
export function storyMapTopology(read) {
	/** @param {FeatureCollection} fc */
	const idsOnly = (fc) => ({
		type: 'FeatureCollection',
		features: fc.features.map((f) => ({
			type: 'Feature',
			properties: { id: /** @type {{ id: string }} */ (f.properties).id },
			geometry: f.geometry
		}))
	});
	const borders = read('borders-story.geojson');
	const lines = borders.features.flatMap((f) =>
		f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : []
	);
	const objects = {
		countries: idsOnly(read('countries-story.geojson')),
		borders: {
			type: 'Feature',
			properties: {},
			geometry: { type: 'MultiLineString', coordinates: lines }
		},
		areas: idsOnly(read('areas.geojson'))
	};
	const topo = topology(/** @type {never} */ (objects));
	// The grid's size is set by the box: one step per STORY_MAP_GRID degrees across its width.
	const [west, , east] = /** @type {[number, number, number, number]} */ (topo.bbox);
	return quantize(/** @type {never} */ (topo), Math.ceil((east - west) / STORY_MAP_GRID) + 1);
}
