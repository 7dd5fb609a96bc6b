import { feature, mergeArcs } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { featureCollection } from '@turf/turf';
import { countryIds } from './atlas.js';
import { cutPart } from './cut.js';
import { polygonsOf, extent } from './geometry.js';
import { withPointsOnEdges } from './shared-points.js';
import { PipelineError } from './errors.js';

/**
 * @typedef {import('./geometry.js').Polygonal} Polygonal
 * @typedef {import('geojson').Feature<Polygonal, { name: string }>} Country  as world-atlas has it
 * @typedef {object} Transfer  a part of one country's Natural Earth shape that is another's
 * @property {string} id        names the part in messages, and the area it makes, if any
 * @property {string} from      the country whose shape holds the part
 * @property {string} to        the country it belongs to
 * @property {[number, number]} keep  a point of what `from` keeps
 * @property {[number, number][]} outline  a closed ring around the part
 */

/**
 * The transfers of geo/countries.json (Western Sahara) and the areas made "outline" of
 * geo/areas.json (the Golan Heights), whose part goes to their sovereign.
 * @param {Pick<import('./validate-facts.js').FactsSource, 'transfers'>} facts
 * @param {readonly import('../../src/lib/data/schemas.js').Area[]} areas
 * @returns {Transfer[]}
 */
export function transfersOf(facts, areas) {
	const ofAreas = areas.flatMap((area) =>
		area.shape.method === 'outline'
			? [
					{
						id: area.id,
						from: area.shape.country,
						to: area.sovereign,
						keep: area.shape.keep,
						outline: area.shape.outline
					}
				]
			: []
	);
	return [...(facts.transfers ?? []), ...ofAreas];
}

/**
 * Gives each transfer's part to its country. The part is cut from `from`'s shape with turf
 * (cutPart); then the topology is built again from the shapes (topojson-server), the part as a
 * shape of its own, and the part is dissolved into `to` with topojson's mergeArcs, as
 * lib/recognition.js dissolves Northern Cyprus, so that the line `from` and the part share becomes
 * their border and the line the part and `to` shared belongs to no shape. Run it on the topology
 * as read, before anything is dissolved: built again from shapes that are Natural Earth's
 * everywhere else, it finds every other arc exactly as world-atlas has it. What lies within each
 * outline stays as the object `transferred`, by id, so that an area drawn from it shares its
 * country's arcs; what the outline cut off beyond it (cutPart) is the object `cutOff`, and goes to
 * `to` as well, unhatched. Mutates nothing; returns the topology itself if there is no transfer.
 * @param {import('topojson-specification').Topology} topology from readAtlas
 * @param {readonly Transfer[]} transfers
 * @param {Pick<import('./atlas.js').Names, 'ids'>} names to find the countries by id
 * @param {string} label how to name this topology in messages
 * @returns {import('topojson-specification').Topology}
 */
export function applyTransfers(topology, transfers, names, label) {
	if (transfers.length === 0) return topology;
	const collection = /** @type {import('topojson-specification').GeometryCollection} */ (
		topology.objects.countries
	);
	const countries = /** @type {Country[]} */ (
		collection.geometries.map((g) => feature(topology, g))
	);
	const ids = countryIds(topology, names);
	const byId = new Map(countries.map((c, i) => [ids[i]?.id, c]));
	/** @param {Transfer} transfer @param {string} id */
	const country = (transfer, id) => {
		const found = byId.get(id);
		if (found === undefined)
			throw new PipelineError(
				`${label}: transfer "${transfer.id}": no shape with id "${id}"; expected a country of the map data`
			);
		return found;
	};
	const parts = transfers.map((transfer) => {
		const from = country(transfer, transfer.from);
		country(transfer, transfer.to);
		const { rest, within, beyond } = cutPart(
			from.geometry,
			transfer,
			`${label}: transfer "${transfer.id}"`
		);
		// The new line's ends lie on edges of the neighbours' shapes: they get them as vertices.
		const known = new Set(
			polygonsOf(from.geometry)
				.flat(2)
				.map((p) => `${p}`)
		);
		const added = [rest, within, ...(beyond ? [beyond] : [])]
			.flatMap((g) => polygonsOf(g).flat(2))
			.filter((p) => !known.has(`${p}`));
		const [w, s, e, n] = extent(transfer.outline);
		for (const neighbour of countries) {
			if (neighbour === from) continue;
			const [nw, ns, ne, nn] = extent(polygonsOf(neighbour.geometry).flat(2));
			if (nw <= e && ne >= w && ns <= n && nn >= s)
				neighbour.geometry = withPointsOnEdges(neighbour.geometry, added);
		}
		from.geometry = rest;
		/** @param {Polygonal} geometry */
		const piece = (geometry) => ({ type: 'Feature', properties: { id: transfer.id }, geometry });
		return { within: piece(within), beyond: beyond ? [piece(beyond)] : [] };
	});
	const rebuilt = toTopology(
		/** @type {never} */ ({
			countries: featureCollection(countries),
			transferred: featureCollection(/** @type {never} */ (parts.map((p) => p.within))),
			cutOff: featureCollection(/** @type {never} */ (parts.flatMap((p) => p.beyond)))
		})
	);
	const geometries = /** @type {import('topojson-specification').GeometryCollection} */ (
		rebuilt.objects.countries
	).geometries;
	/** @param {string} name */
	const pieces = (name) =>
		/** @type {(import('topojson-specification').Polygon<{ id: string }> | import('topojson-specification').MultiPolygon<{ id: string }>)[]} */ (
			/** @type {import('topojson-specification').GeometryCollection} */ (rebuilt.objects[name])
				.geometries
		);
	transfers.forEach((transfer, i) => {
		const to =
			/** @type {import('topojson-specification').Polygon | import('topojson-specification').MultiPolygon} */ (
				geometries[countries.indexOf(country(transfer, transfer.to))]
			);
		const part = pieces('transferred')[i];
		const cutOff = pieces('cutOff').filter((p) => p.properties?.id === transfer.id);
		const count = (/** @type {typeof to} */ g) => (g.type === 'Polygon' ? 1 : g.arcs.length);
		const merged = mergeArcs(rebuilt, [to, /** @type {typeof to} */ (part), ...cutOff]);
		// Each polygon of the part must join one of the country's, along a line they share.
		if (merged.arcs.length > count(to))
			throw new PipelineError(
				`${label}: transfer "${transfer.id}": the part of ${transfer.from}'s shape inside the outline does not join ${transfer.to}'s shape; expected it to share a border with it`
			);
		Object.assign(to, { type: 'MultiPolygon', arcs: merged.arcs });
	});
	return rebuilt;
}
