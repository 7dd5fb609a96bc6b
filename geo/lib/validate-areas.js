import { AreasFile } from '../../src/lib/data/schemas.js';
import { Problems } from './errors.js';
import { entryName } from './checks.js';
import { parseSource } from './schema-check.js';

/**
 * Checks the parsed geo/areas.json with the shared schema, then its ids: each area once, and every
 * country it names (sovereign, held_by, the country a "polygon-of" or "outline" shape is cut from) a country of
 * Natural Earth's 1:50m data.
 * @param {unknown} data parsed areas.json
 * @param {string} file name used in messages
 * @param {ReadonlySet<string>} countryIds ids of the 1:50m countries
 * @returns {import('../../src/lib/data/schemas.js').Area[]} sorted by id
 * @throws {import('./errors.js').PipelineError} listing every problem found
 */
export function validateAreas(data, file, countryIds) {
	const { areas } = parseSource(AreasFile, data, file);
	const problems = new Problems();
	/** @type {Map<string, number>} */
	const seen = new Map();
	areas.forEach((area, index) => {
		const at = `${file}: areas ${entryName(area, index)}`;
		if (seen.has(area.id))
			problems.add(
				`${at}: duplicate id "${area.id}"; expected each area once (first at index ${seen.get(area.id)})`
			);
		seen.set(area.id, index);
		const named = [
			['sovereign', area.sovereign],
			['held_by', area.held_by],
			['shape.country', area.shape.method === 'unit' ? undefined : area.shape.country]
		];
		for (const [field, id] of named) {
			if (id !== undefined && !countryIds.has(id))
				problems.add(
					`${at}: "${field}" is "${id}", not a country in the map data; expected an id such as "UKR"`
				);
		}
		if (area.held_by === area.sovereign)
			problems.add(
				`${at}: "held_by" is its sovereign "${area.sovereign}"; expected another state, or no "held_by"`
			);
	});
	problems.throwIfAny();
	return [...areas].sort((a, b) => (a.id < b.id ? -1 : 1));
}
