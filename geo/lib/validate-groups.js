import { GroupsFile } from '../../src/lib/data/schemas.js';
import { Problems } from './errors.js';
import { entryName } from './checks.js';
import { parseSource } from './schema-check.js';

/**
 * Checks the parsed geo/groups.json with the shared schema, then against the map data: every
 * country is one of it, each group id appears once, and no country's memberships of one group
 * overlap in time.
 * @param {unknown} data parsed groups.json
 * @param {string} file name used in messages
 * @param {ReadonlySet<string>} countryIds ids of the countries in the map data
 * @returns {import('../../src/lib/data/schemas.js').GroupsFile}
 * @throws {import('./errors.js').PipelineError} listing every problem found
 */
export function validateGroups(data, file, countryIds) {
	const parsed = parseSource(GroupsFile, data, file);
	const problems = new Problems();
	/** @type {Map<string, number>} */
	const groupIds = new Map();
	parsed.groups.forEach((group, g) => {
		const at = `${file}: groups ${entryName(group, g)}`;
		if (groupIds.has(group.id))
			problems.add(
				`${at}: duplicate id "${group.id}"; expected each group once (first at index ${groupIds.get(group.id)})`
			);
		groupIds.set(group.id, g);
		for (const [list, entries] of /** @type {const} */ ([
			['members', group.members],
			['partners', group.partners ?? []]
		])) {
			entries.forEach((entry, i) => {
				if (!countryIds.has(entry.country))
					problems.add(
						`${at}: ${list} ${entryName({ id: entry.country }, i)}: "country" is "${entry.country}", not a country in the map data; expected an id such as "BEL"`
					);
			});
		}
		group.members.forEach((member, i) => {
			const earlier = group.members.findIndex(
				(other, j) => j < i && other.country === member.country && overlap(other, member)
			);
			if (earlier >= 0)
				problems.add(
					`${at}: members ${entryName({ id: member.country }, i)}: overlaps the membership at index ${earlier}; expected one membership of "${member.country}" at a time`
				);
		});
	});
	problems.throwIfAny();
	return parsed;
}

/**
 * @param {{ joined: string, left?: string }} a
 * @param {{ joined: string, left?: string }} b
 */
function overlap(a, b) {
	return (a.left === undefined || b.joined < a.left) && (b.left === undefined || a.joined < b.left);
}
