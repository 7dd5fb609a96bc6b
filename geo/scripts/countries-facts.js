/**
 * countries.json: per-country facts for the app, see CountryFacts in src/lib/data/schemas.js.
 * Memberships and partnerships are derived from geo/groups.json, one list per country.
 */
import { neighbors } from 'topojson-client';
import { lonLatBox } from '../lib/geometry.js';
import { CountryFacts } from '../../src/lib/data/schemas.js';
import { jsonArrayText } from '../lib/output.js';

export const files = ['countries.json'];

/** @param {import('../lib/context.js').Context} context */
export function build({ fine, story, facts, groups, pointStates }) {
	const sovereigns = new Map(facts.territories.map((t) => [t.id, t.of]));
	const geometries = fine.topology.objects.countries.geometries;
	const ids = geometries.map(
		(g) => /** @type {import('../lib/atlas.js').CountryProperties} */ (g.properties).id
	);
	// Neighbours share an arc of the 1:50m topology, after Crimea moved to Ukraine.
	const neighbourIds = neighbors(geometries).map((indexes) =>
		indexes.map((i) => /** @type {string} */ (ids[i])).sort()
	);
	const byGroup = [...groups.groups].sort((a, b) => (a.id < b.id ? -1 : 1));
	/** @param {string} id */
	const membershipsOf = (id) =>
		byGroup.flatMap((group) =>
			group.members
				.filter((m) => m.country === id)
				.map(({ joined, left }) => ({ org: group.id, joined, ...(left ? { left } : {}) }))
		);
	/** @type {import('../../src/lib/data/schemas.js').CountryFacts[]} */
	const entries = ids.map((id, i) => {
		const shape = /** @type {import('../lib/world.js').CountryFeature} */ (fine.shapes.get(id));
		const territoryOf = sovereigns.get(id);
		return {
			id,
			name: shape.properties.name,
			...(territoryOf === undefined ? {} : { territoryOf }),
			neighbours: neighbourIds[i] ?? [],
			memberships: membershipsOf(id),
			partnerships: byGroup.flatMap((group) =>
				(group.partners ?? [])
					.filter((p) => p.country === id)
					.map((p) => ({ org: group.id, asOf: p.as_of }))
			),
			bbox: lonLatBox(shape.geometry),
			frame: /** @type {[number, number, number, number]} */ (story.worldOf(id).frames.get(id))
		};
	});
	// The states too small for 1:50m (Tuvalu): no neighbours, boxes from their 1:10m shape.
	for (const state of pointStates) {
		entries.push({
			id: state.id,
			name: state.name,
			neighbours: [],
			memberships: membershipsOf(state.id),
			partnerships: [],
			bbox: state.bbox,
			frame: state.frame
		});
	}
	// The app reads this file with the same schema: check it before it is written.
	const checked = entries.map((entry) => CountryFacts.parse(entry));
	return { 'countries.json': jsonArrayText(checked.sort((a, b) => (a.id < b.id ? -1 : 1))) };
}
