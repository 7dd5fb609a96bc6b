import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transform } from 'topojson-client';
import countryCodes from 'i18n-iso-countries';
import { PipelineError } from './errors.js';

/**
 * @typedef {{ id: string, name: string }} CountryProperties
 * @typedef {import('topojson-specification').Polygon<CountryProperties>
 *   | import('topojson-specification').MultiPolygon<CountryProperties>} CountryGeometry
 * @typedef {import('topojson-specification').Topology<{
 *   countries: import('topojson-specification').GeometryCollection<CountryProperties>
 * }>} CountryTopology
 * @typedef {{ ids: { naturalEarthName: string, id: string }[], names: { id: string, name: string }[] }} Names
 */

const require = createRequire(import.meta.url);

/** world-atlas's package.json: its mtime tells build.js --if-stale that the data changed. */
export const ATLAS_PACKAGE_JSON = require.resolve('world-atlas/package.json');

/**
 * Reads world-atlas countries-<resolution>.json, with its arcs decoded to absolute
 * longitude/latitude so that they can be simplified, and without the `land` object we do not use.
 * @param {string} resolution "110m" or "50m"
 * @returns {import('topojson-specification').Topology}
 */
export function readAtlas(resolution) {
	const topology = JSON.parse(
		readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')
	);
	const decode = transform(topology.transform);
	// decode(point, i) undoes the delta encoding, restarting at i = 0; its typings say boolean.
	return {
		type: 'Topology',
		objects: { countries: topology.objects.countries },
		arcs: topology.arcs.map((/** @type {number[][]} */ arc) =>
			arc.map((point, i) => decode(point, /** @type {any} */ (i)))
		)
	};
}

/**
 * Natural Earth's name of every country in a world-atlas topology: the key names.json uses.
 * @param {import('topojson-specification').Topology} topology
 */
export function naturalEarthNames(topology) {
	const countries =
		/** @type {import('topojson-specification').GeometryCollection<{ name: string }>} */ (
			topology.objects.countries
		);
	return countries.geometries.map((g) => /** @type {{ name: string }} */ (g.properties).name);
}

/**
 * The id of every country in a world-atlas topology, in order: names.json's id for its Natural
 * Earth name if it has one (features without a code, or sharing Australia's), else ISO 3166-1
 * alpha-3 from Natural Earth's numeric code; undefined if neither.
 * @param {import('topojson-specification').Topology} topology from readAtlas
 * @param {Pick<Names, 'ids'>} names
 * @returns {{ naturalEarthName: string, id: string | undefined }[]}
 */
export function countryIds(topology, names) {
	const idByName = new Map(names.ids.map((entry) => [entry.naturalEarthName, entry.id]));
	const countries =
		/** @type {import('topojson-specification').GeometryCollection<{ name: string }>} */ (
			topology.objects.countries
		);
	return countries.geometries.map((g) => {
		const naturalEarthName = /** @type {{ name: string }} */ (g.properties).name;
		const numeric = g.id === undefined ? undefined : countryCodes.numericToAlpha3(g.id);
		return { naturalEarthName, id: idByName.get(naturalEarthName) ?? numeric };
	});
}

/**
 * Gives every country `properties: { id, name }` (see countryIds; name is names.json's English
 * name, else Natural Earth's) and drops the numeric `id`, so that GeoJSON features carry their
 * id in properties only. Mutates and returns the topology.
 * @param {import('topojson-specification').Topology} topology from readAtlas
 * @param {Names} names parsed names.json
 * @param {string} label how to name this topology in messages
 * @returns {CountryTopology}
 */
export function identifyCountries(topology, names, label) {
	const nameById = new Map(names.names.map((entry) => [entry.id, entry.name]));
	const ids = countryIds(topology, names);
	const countries = /** @type {import('topojson-specification').GeometryCollection} */ (
		topology.objects.countries
	);
	/** @type {Map<string, string>} */
	const seen = new Map();
	countries.geometries.forEach((geometry, i) => {
		const { naturalEarthName, id } =
			/** @type {{ naturalEarthName: string, id: string | undefined }} */ (ids[i]);
		if (id === undefined) {
			throw new PipelineError(
				`${label}: country "${naturalEarthName}" has no ISO 3166-1 code; expected an entry for it in names.json "ids"`
			);
		}
		if (seen.has(id)) {
			throw new PipelineError(
				`${label}: "${naturalEarthName}" and "${seen.get(id)}" both get id "${id}"; expected one id per country (add one to names.json "ids")`
			);
		}
		seen.set(id, naturalEarthName);
		delete geometry.id;
		geometry.properties = { id, name: nameById.get(id) ?? naturalEarthName };
	});
	return /** @type {CountryTopology} */ (topology);
}
