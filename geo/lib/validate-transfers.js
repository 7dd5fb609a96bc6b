import { Transfer } from '../../src/lib/data/schemas.js';
import { entryName, isObject, show } from './checks.js';
import { entryProblems } from './schema-check.js';

const FIELDS = Object.keys(Transfer.shape);

/**
 * Checks the "transfers" of geo/countries.json: each entry with the shared schema, then that both
 * countries are countries of the map data and distinct, that its source is cited and its id unique.
 * Whether the outline holds a part of `from` that joins `to` is checked on the shapes
 * (lib/transfer.js), at every resolution.
 * @param {unknown} transfers the "transfers" of countries.json, if any
 * @param {string} file name used in messages
 * @param {ReadonlySet<string>} countryIds ids of the countries in the map data
 * @param {Record<string, unknown>} sources the file's "sources"
 * @param {import('./errors.js').Problems} problems
 */
export function checkTransfers(transfers, file, countryIds, sources, problems) {
	if (transfers === undefined) return;
	if (!Array.isArray(transfers))
		return problems.add(
			`${file}: "transfers" is ${show(transfers).slice(0, 40)}; expected an array of { ${FIELDS.join(', ')} }`
		);
	/** @type {Map<string, number>} */
	const seen = new Map();
	transfers.forEach((entry, index) => {
		const at = `${file}: transfers ${entryName(entry, index)}`;
		if (!isObject(entry))
			return problems.add(`${at}: is ${show(entry)}; expected an object with ${FIELDS.join(', ')}`);
		const checked = Transfer.safeParse(entry);
		if (!checked.success)
			for (const problem of entryProblems(checked.error.issues, entry, FIELDS))
				problems.add(`${at}: ${problem}`);
		if (typeof entry.id === 'string') {
			if (seen.has(entry.id))
				problems.add(
					`${at}: duplicate id "${entry.id}"; expected each transfer once (first at index ${seen.get(entry.id)})`
				);
			else seen.set(entry.id, index);
		}
		for (const field of ['from', 'to']) {
			const id = entry[field];
			if (typeof id === 'string' && !countryIds.has(id))
				problems.add(
					`${at}: "${field}" is "${id}", not a country in the map data; expected an id such as "MAR"`
				);
		}
		if (entry.from === entry.to)
			problems.add(`${at}: "to" is "from" again; expected another country`);
		if (typeof entry.source === 'string' && !(entry.source in sources))
			problems.add(
				`${at}: "source" is "${entry.source}"; expected a key of "sources" (${Object.keys(sources).join(', ')})`
			);
	});
}
