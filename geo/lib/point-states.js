/**
 * UN member states Natural Earth's 1:50m data leaves out, too small for it, taken from its 1:10m
 * data as points only: the maps draw them as symbols (src/lib/story/symbols.ts), never as shapes.
 * Tuvalu (nine atolls, 26 km² of land) is the one: every other UN member has a 1:50m shape.
 */
import { feature } from 'topojson-client';
import { countryIds, readAtlas } from './atlas.js';
import { cutAtAntimeridian, largestPartBox, lonLatBox } from './geometry.js';
import { PipelineError } from './errors.js';

/** By Natural Earth's 1:10m name; the id is its ISO 3166-1 alpha-3 code. */
export const POINT_STATES = ['Tuvalu'];

/**
 * @typedef {object} PointState
 * @property {string} id
 * @property {string} name
 * @property {import('./geometry.js').Polygonal} shape  its 1:10m shape, cut at the antimeridian
 * @property {[number, number, number, number]} bbox   the whole shape's box (east past 180 across it)
 * @property {[number, number, number, number]} frame  its largest part's box
 */

/**
 * @param {import('./atlas.js').Names} names parsed names.json
 * @returns {PointState[]}
 */
export function readPointStates(names) {
	const atlas = readAtlas('10m');
	const ids = countryIds(atlas, names);
	const countries = /** @type {import('topojson-specification').GeometryCollection} */ (
		atlas.objects.countries
	);
	return POINT_STATES.map((name) => {
		const i = ids.findIndex((c) => c.naturalEarthName === name);
		const id = ids[i]?.id;
		const geometry = countries.geometries[i];
		if (i < 0 || !id || !geometry)
			throw new PipelineError(
				`world-atlas countries-10m: expected a country named "${name}" with an ISO code (geo/lib/point-states.js)`
			);
		const spherical = /** @type {import('./geometry.js').Polygonal} */ (
			/** @type {import('geojson').Feature} */ (feature(atlas, geometry)).geometry
		);
		const shape = cutAtAntimeridian(spherical);
		return { id, name, shape, bbox: lonLatBox(shape), frame: largestPartBox(spherical) };
	});
}
