import { feature, mergeArcs } from 'topojson-client';
import { geoContains } from 'd3-geo';
import { PipelineError } from './errors.js';

/** Simferopol, Crimea's capital (story brief, shared/story/BRIEF.md): it identifies the Crimea polygon. */
export const SIMFEROPOL = /** @type {[number, number]} */ ([34.1024, 44.9521]);

/** Properties of crimea.geojson's feature; facts from the story brief. */
export const CRIMEA_PROPERTIES = {
	id: 'crimea',
	name: 'Crimea',
	sovereign: 'UKR',
	status: 'annexed-by-russia',
	annexed: '2014-03'
};

/**
 * Natural Earth 4.1 draws Crimea (with Sevastopol) as a polygon of Russia: its de facto view.
 * The story draws Ukraine in its internationally recognised borders (UN General Assembly
 * resolution 68/262, 27 March 2014), so this moves that polygon from Russia to Ukraine and
 * dissolves it into Ukraine, which removes the Perekop line from Ukraine's shape and from the
 * border mesh. Mutates the topology.
 * @param {import('./atlas.js').CountryTopology} topology with ids from identifyCountries
 * @param {string} label how to name this topology in messages
 * @returns {import('topojson-specification').Polygon<typeof CRIMEA_PROPERTIES>} the Crimea polygon
 */
export function returnCrimeaToUkraine(topology, label) {
	const russia = country(topology, 'RUS', label);
	const ukraine = country(topology, 'UKR', label);
	const parts = russia.type === 'MultiPolygon' ? russia.arcs : [russia.arcs];
	const containing = parts.filter((arcs) =>
		geoContains(feature(topology, { type: 'Polygon', arcs }), SIMFEROPOL)
	);
	if (containing.length !== 1 || parts.length < 2) {
		throw new PipelineError(
			`${label}: ${containing.length} of Russia's ${parts.length} polygons contain Simferopol; expected exactly one ` +
				'(Crimea) besides the rest of Russia. Natural Earth changed its depiction: review geo/lib/crimea.js'
		);
	}
	const crimea = /** @type {import('topojson-specification').ArcIndexes[]} */ (containing[0]);
	const ukrainePolygons = ukraine.type === 'MultiPolygon' ? ukraine.arcs.length : 1;
	const merged = mergeArcs(topology, [ukraine, { type: 'Polygon', arcs: crimea }]);
	// Dissolving must join Crimea to mainland Ukraine along the Perekop isthmus arc they share.
	if (merged.arcs.length !== ukrainePolygons) {
		throw new PipelineError(
			`${label}: Crimea shares no border with Ukraine's shape; expected the Perekop isthmus arc`
		);
	}
	Object.assign(russia, { type: 'MultiPolygon', arcs: parts.filter((arcs) => arcs !== crimea) });
	Object.assign(ukraine, { type: 'MultiPolygon', arcs: merged.arcs });
	return { type: 'Polygon', arcs: crimea, properties: CRIMEA_PROPERTIES };
}

/**
 * @param {import('./atlas.js').CountryTopology} topology
 * @param {string} id
 * @param {string} label
 */
function country(topology, id, label) {
	const geometry = topology.objects.countries.geometries.find(
		(g) => /** @type {import('./atlas.js').CountryProperties} */ (g.properties).id === id
	);
	if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
		throw new PipelineError(
			`${label}: no polygon shape with id "${id}"; expected one to move Crimea between`
		);
	}
	return geometry;
}
