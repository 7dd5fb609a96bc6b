/**
 * groups.json: geo/groups.json as checked, for the app's build (group names for legends, the
 * sources to cite, which groups exist): members sorted by the day they joined, then by id.
 */
import { jsonArrayText } from '../lib/output.js';

export const files = ['groups.json'];

/** @param {import('../lib/context.js').Context} context */
export function build({ groups }) {
	const sorted = groups.groups.map((group) => ({
		...group,
		members: [...group.members].sort((a, b) =>
			a.joined === b.joined ? (a.country < b.country ? -1 : 1) : a.joined < b.joined ? -1 : 1
		)
	}));
	const text = `{"sources":${JSON.stringify(groups.sources)},"groups":${jsonArrayText(sorted)}}\n`;
	return { 'groups.json': text };
}
