/** countries.json: per-country facts for the app, see CountryFacts in geo/lib/memberships.js. */
import { neighbors } from 'topojson-client';
import { lonLatBox } from '../lib/geometry.js';
import { jsonArrayText } from '../lib/output.js';

export const files = ['countries.json'];

/** @param {import('../lib/context.js').Context} context */
export function build({ fine, story, facts }) {
	const sovereigns = new Map(facts.territories.map((t) => [t.id, t.of]));
	const geometries = fine.topology.objects.countries.geometries;
	const ids = geometries.map(
		(g) => /** @type {import('../lib/atlas.js').CountryProperties} */ (g.properties).id
	);
	// Neighbours share an arc of the 1:50m topology, after Crimea moved to Ukraine.
	const neighbourIds = neighbors(geometries).map((indexes) =>
		indexes.map((i) => /** @type {string} */ (ids[i])).sort()
	);
	/** @type {import('../lib/memberships.js').CountryFacts[]} */
	const entries = ids.map((id, i) => {
		const shape = /** @type {import('../lib/world.js').CountryFeature} */ (fine.shapes.get(id));
		const territoryOf = sovereigns.get(id);
		return {
			id,
			name: shape.properties.name,
			...(territoryOf === undefined ? {} : { territoryOf }),
			neighbours: neighbourIds[i] ?? [],
			memberships: recordsOf(facts.memberships, id).map(({ org, entry }) => ({
				org,
				joined: entry.joined
			})),
			partnerships: recordsOf(facts.partnerships, id).map(({ org, entry }) => ({
				org,
				asOf: entry.asOf
			})),
			bbox: lonLatBox(shape.geometry),
			frame: /** @type {[number, number, number, number]} */ (story.worldOf(id).frames.get(id))
		};
	});
	return { 'countries.json': jsonArrayText(entries.sort((a, b) => (a.id < b.id ? -1 : 1))) };
}

/**
 * A country's entries in memberships or partnerships, with their organisation, sorted by organisation.
 * @template {{ id: string }} E
 * @param {Record<string, E[]>} byOrg
 * @param {string} id
 */
function recordsOf(byOrg, id) {
	return Object.keys(byOrg)
		.sort()
		.flatMap((org) =>
			(byOrg[org] ?? []).filter((entry) => entry.id === id).map((entry) => ({ org, entry }))
		);
}
