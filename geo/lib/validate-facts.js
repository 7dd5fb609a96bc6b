import { Problems, PipelineError } from './errors.js';
import { entryName, isNonEmptyString, isObject, show, unknownKeys } from './checks.js';
import { checkTransfers } from './validate-transfers.js';

/**
 * @typedef {object} FactsSource  geo/countries.json
 * @property {Record<string, string>} sources  citations, referred to by key
 * @property {{ id: string, of: string, source: string }[]} territories  countries of Natural Earth that
 *   are part of another state, `of` (Greenland of Denmark), so that they share its memberships on the map
 * @property {import('../../src/lib/data/schemas.js').Transfer[]} [transfers]  parts of a country's
 *   Natural Earth shape that are another country's (Western Sahara), moved by lib/transfer.js
 */

/**
 * Checks the parsed per-country facts: shape, citations, and that every id is a country of the map
 * data. Memberships are in geo/groups.json (validate-groups.js).
 * @param {unknown} data parsed countries.json
 * @param {string} file name used in messages
 * @param {ReadonlySet<string>} countryIds ids of the countries in the map data
 * @returns {FactsSource}
 * @throws {PipelineError} listing every problem found
 */
export function validateFacts(data, file, countryIds) {
	const expected = 'an object with "sources", "territories" and optional "transfers"';
	if (!isObject(data))
		throw new PipelineError(
			`${file}: top level is ${show(data).slice(0, 40)}; expected ${expected}`
		);
	const problems = new Problems();
	const extra = unknownKeys(data, ['sources', 'territories', 'transfers']);
	if (extra) problems.add(`${file}: ${extra}`);
	const sources = isObject(data.sources) ? data.sources : {};
	if (!isObject(data.sources) || !Object.values(sources).every(isNonEmptyString)) {
		problems.add(
			`${file}: "sources" is ${show(data.sources)}; expected an object of citation strings by key`
		);
	}
	checkTerritories(data.territories, file, countryIds, sources, problems);
	checkTransfers(data.transfers, file, countryIds, sources, problems);
	problems.throwIfAny();
	return /** @type {FactsSource} */ (data);
}

/**
 * @param {unknown} territories the "territories" of countries.json
 * @param {string} file
 * @param {ReadonlySet<string>} countryIds
 * @param {Record<string, unknown>} sources
 * @param {Problems} problems
 */
function checkTerritories(territories, file, countryIds, sources, problems) {
	if (!Array.isArray(territories)) {
		return problems.add(
			`${file}: "territories" is ${show(territories)}; expected an array of { id, of, source }`
		);
	}
	/** @type {Map<string, number>} */
	const seen = new Map();
	territories.forEach((entry, index) => {
		const at = `${file}: territories ${entryName(entry, index)}`;
		if (!isObject(entry))
			return problems.add(`${at}: is ${show(entry)}; expected an object with id, of, source`);
		const extraKeys = unknownKeys(entry, ['id', 'of', 'source']);
		if (extraKeys) problems.add(`${at}: ${extraKeys}`);
		if (typeof entry.id !== 'string' || !countryIds.has(entry.id)) {
			problems.add(
				`${at}: id ${show(entry.id)} is not a country in the map data; expected an id such as "GRL"`
			);
		} else if (seen.has(entry.id)) {
			problems.add(
				`${at}: duplicate id "${entry.id}"; expected each territory once (first at index ${seen.get(entry.id)})`
			);
		} else {
			seen.set(entry.id, index);
		}
		if (typeof entry.of !== 'string' || !countryIds.has(entry.of) || entry.of === entry.id) {
			problems.add(
				`${at}: "of" is ${show(entry.of)}; expected the id of another country in the map data, the sovereign state, e.g. "DNK"`
			);
		}
		if (typeof entry.source !== 'string' || !(entry.source in sources)) {
			problems.add(
				`${at}: "source" is ${show(entry.source)}; expected a key of "sources" (${Object.keys(sources).join(', ')})`
			);
		}
	});
}
