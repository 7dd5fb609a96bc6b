import { Problems, PipelineError } from './errors.js';
import { entryName, isNonEmptyString, isObject, show, unknownKeys } from './checks.js';
import { countryIds, naturalEarthNames } from './atlas.js';

const ID = /^([A-Z]{3}|[a-z]+(-[a-z]+)*)$/;

/**
 * Checks the parsed names.json against the 1:50m world-atlas data (whose countries include
 * every 1:110m one): each "ids" entry must name a Natural Earth country, each "names" entry an id.
 * @param {unknown} data parsed names.json
 * @param {string} file name used in messages
 * @param {import('topojson-specification').Topology} atlas from readAtlas('50m')
 * @returns {import('./atlas.js').Names}
 * @throws {PipelineError} listing every problem found
 */
export function validateNames(data, file, atlas) {
	if (!isObject(data) || !Array.isArray(data.ids) || !Array.isArray(data.names)) {
		throw new PipelineError(
			`${file}: top level is ${show(data).slice(0, 40)}; expected an object with "ids" and "names" arrays`
		);
	}
	const problems = new Problems();
	const extra = unknownKeys(data, ['about', 'ids', 'names']);
	if (extra) problems.add(`${file}: ${extra}`);
	const neNames = new Set(naturalEarthNames(atlas));
	const assigned = new Set();
	data.ids.forEach((entry, index) => {
		const at = `${file}: ids ${entryName(entry, index)}`;
		if (!isObject(entry))
			return problems.add(
				`${at}: is ${show(entry)}; expected an object with naturalEarthName, id, note`
			);
		const extraKeys = unknownKeys(entry, ['naturalEarthName', 'id', 'note']);
		if (extraKeys) problems.add(`${at}: ${extraKeys}`);
		if (typeof entry.naturalEarthName !== 'string' || !neNames.has(entry.naturalEarthName)) {
			problems.add(
				`${at}: naturalEarthName ${show(entry.naturalEarthName)} is no country of world-atlas countries-50m; expected its "name", e.g. "Kosovo"`
			);
		}
		if (typeof entry.id !== 'string' || !ID.test(entry.id)) {
			problems.add(
				`${at}: id ${show(entry.id)}; expected three capital letters or a lower-case slug`
			);
		} else if (assigned.has(entry.id)) {
			problems.add(`${at}: duplicate id "${entry.id}"; expected each id once`);
		}
		assigned.add(entry.id);
		if (!isNonEmptyString(entry.note))
			problems.add(`${at}: "note" is ${show(entry.note)}; expected why this id was chosen`);
	});
	problems.throwIfAny();
	const names = /** @type {import('./atlas.js').Names} */ (data);
	const known = new Set(countryIds(atlas, names).map((c) => c.id));
	const named = new Set();
	names.names.forEach((entry, index) => {
		const at = `${file}: names ${entryName(entry, index)}`;
		if (!isObject(entry))
			return problems.add(`${at}: is ${show(entry)}; expected an object with id, name`);
		const extraKeys = unknownKeys(entry, ['id', 'name']);
		if (extraKeys) problems.add(`${at}: ${extraKeys}`);
		if (typeof entry.id !== 'string' || !known.has(entry.id)) {
			problems.add(
				`${at}: id ${show(entry.id)} is not a country of the map data; expected an id such as "BIH"`
			);
		} else if (named.has(entry.id)) {
			problems.add(`${at}: duplicate id "${entry.id}"; expected one name per country`);
		}
		named.add(entry.id);
		if (!isNonEmptyString(entry.name))
			problems.add(`${at}: "name" is ${show(entry.name)}; expected the English name`);
	});
	problems.throwIfAny();
	return names;
}
