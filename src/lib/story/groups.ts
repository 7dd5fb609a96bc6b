/**
 * Dated membership queries over the registry's groups: who belonged to an organisation on a day,
 * and what to shade for it (members and the territories Natural Earth draws apart, such as
 * Greenland for Denmark).
 */
import { groupMembersOn } from '../data/groups.js';
import type { Country, Group } from './registry';

/** Ids of the group's members on `date` (YYYY-MM-DD), sorted: the shared query of src/lib/data/. */
export const membersOn = (group: Group, date: string): string[] => groupMembersOn(group, date);

/** Ids to shade for the group on `date`, sorted: its members and their territories. */
export function shadedOn(group: Group, date: string, countries: Iterable<Country>): string[] {
	const members = new Set(membersOn(group, date));
	return [...countries]
		.filter((c) => members.has(c.id) || (c.territoryOf !== undefined && members.has(c.territoryOf)))
		.map((c) => c.id)
		.sort();
}

/** The first day on which the group had members (for "expected a date from …" messages). */
export function firstDay(group: Group): string | undefined {
	return group.members.map((m) => m.joined).sort()[0];
}
