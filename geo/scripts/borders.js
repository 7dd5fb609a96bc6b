/**
 * borders-110m.geojson, borders-50m.geojson: land borders between two countries, one
 * MultiLineString; borders-story.geojson: the borders of the story's countries, one
 * MultiLineString per resolution, { res }.
 */
import { mesh } from 'topojson-client';
import { cutAtAntimeridian, lonSpan, roundLines } from '../lib/geometry.js';
import { featureCollectionText } from '../lib/output.js';
import { PipelineError } from '../lib/errors.js';

export const files = ['borders-110m.geojson', 'borders-50m.geojson', 'borders-story.geojson'];

/**
 * @typedef {(a: import('topojson-specification').GeometryObject,
 *   b: import('topojson-specification').GeometryObject) => boolean} Filter  which shared arcs to keep
 */

/** @param {import('../lib/context.js').Context} context */
export function build({ coarse, fine, story }) {
	/** @type {Filter} */
	const bothFine = (a, b) => story.isFine(idOf(a)) && story.isFine(idOf(b));
	return {
		'borders-110m.geojson': featureCollectionText([line(borders(coarse, touching(coarse)))]),
		'borders-50m.geojson': featureCollectionText([line(borders(fine, touching(fine)))]),
		// Where a side is drawn at 1:110m, the 1:110m line: the 1:50m one would not follow its edge.
		'borders-story.geojson': featureCollectionText([
			line(borders(fine, bothFine), { res: fine.resolution.name }),
			line(
				borders(coarse, (a, b) => !bothFine(a, b)),
				{ res: coarse.resolution.name }
			)
		])
	};
}

/**
 * Keeps the arcs with at least one side among the world's map-ready countries.
 * @param {import('../lib/world.js').World} world
 * @returns {Filter}
 */
function touching(world) {
	const drawn = new Set(world.countries.map((country) => country.properties.id));
	return (a, b) => drawn.has(idOf(a)) || drawn.has(idOf(b));
}

/**
 * @param {import('geojson').MultiLineString} geometry
 * @param {Record<string, string>} [properties]
 * @returns {import('geojson').Feature<import('geojson').MultiLineString>}
 */
function line(geometry, properties = {}) {
	return { type: 'Feature', properties, geometry };
}

/** @param {import('topojson-specification').GeometryObject} geometry */
function idOf(geometry) {
	return /** @type {import('../lib/atlas.js').CountryProperties} */ (geometry.properties).id;
}

/**
 * Arcs of the world's topology shared by two different countries that `keep` accepts, cut at the
 * antimeridian and rounded. Coasts (arcs of one country) are left out, and so is the Perekop
 * isthmus: after the Crimea fix no country's shape uses that arc.
 * @param {import('../lib/world.js').World} world
 * @param {Filter} keep
 * @returns {import('geojson').MultiLineString}
 */
function borders({ topology, resolution, label }, keep) {
	const lines = mesh(topology, topology.objects.countries, (a, b) => a !== b && keep(a, b));
	const geometry = roundLines(cutAtAntimeridian(lines), resolution.decimals);
	for (const line of geometry.coordinates) {
		if (lonSpan(line) > 180)
			throw new PipelineError(
				`${label}: a border spans ${lonSpan(line)}° of longitude; expected at most 180°`
			);
	}
	return geometry;
}
