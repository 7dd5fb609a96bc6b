import { neighbors } from 'topojson-client';
import { PipelineError } from './errors.js';

/**
 * @typedef {import('./world.js').World} World
 * @typedef {import('geojson').Feature<import('./geometry.js').Polygonal,
 *   import('./atlas.js').CountryProperties & { res: World['resolution']['name'] }>} StoryCountry
 * @typedef {object} Story  the one set of country shapes the story's map draws at every zoom
 * @property {StoryCountry[]} countries  map-ready, sorted by id
 * @property {(id: string) => boolean} isFine  whether the story draws the country at 1:50m
 * @property {(id: string) => World} worldOf  where the country's story shape comes from; 1:50m
 *   for the countries the story does not draw (small islands outside FINE_REGION)
 */

/**
 * The story's countries: those of FINE_REGION at 1:50m, every other at 1:110m. A single map
 * source then covers Europe closely and Washington and Ottawa too, without switching by zoom.
 * @param {World} coarse 1:110m, every country map-ready
 * @param {World} fine   1:50m, the countries of FINE_REGION map-ready
 * @returns {Story}
 * @throws {PipelineError} if a 1:50m country borders one the story would not draw
 */
export function buildStory(coarse, fine) {
	const fineIds = new Set(fine.countries.map((country) => country.properties.id));
	/** @param {string} id */
	const isFine = (id) => fineIds.has(id);
	/** @param {string} id */
	const isDrawn = (id) => isFine(id) || coarse.shapes.has(id);
	checkNoHoles(fine, isFine, isDrawn);
	const countries = [
		...fine.countries.map((country) => withRes(country, fine)),
		...coarse.countries.filter((c) => !isFine(c.properties.id)).map((c) => withRes(c, coarse))
	].sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
	return { countries, isFine, worldOf: (id) => (isFine(id) || !isDrawn(id) ? fine : coarse) };
}

/**
 * @param {import('./world.js').CountryFeature} country
 * @param {World} world
 * @returns {StoryCountry}
 */
function withRes({ properties, geometry }, world) {
	const { id, name } = properties;
	return { type: 'Feature', properties: { id, name, res: world.resolution.name }, geometry };
}

/**
 * A country Natural Earth has at 1:50m only (Hong Kong) is cut out of its 1:50m neighbour's shape
 * (China) but has no 1:110m shape: unless it is in FINE_REGION, the story's map has a hole there.
 * @param {World} fine
 * @param {(id: string) => boolean} isFine
 * @param {(id: string) => boolean} isDrawn
 */
function checkNoHoles(fine, isFine, isDrawn) {
	const geometries = fine.topology.objects.countries.geometries;
	const ids = geometries.map(
		(g) => /** @type {import('./atlas.js').CountryProperties} */ (g.properties).id
	);
	neighbors(geometries).forEach((indexes, i) => {
		const id = /** @type {string} */ (ids[i]);
		const hole = indexes.map((j) => /** @type {string} */ (ids[j])).find((n) => !isDrawn(n));
		if (isFine(id) && hole !== undefined) {
			throw new PipelineError(
				`${fine.label}: "${hole}" borders "${id}", which the story draws at 1:50m, but has no 1:110m shape; expected it in FINE_REGION.always (geo/lib/settings.js)`
			);
		}
	});
}
