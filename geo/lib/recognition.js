import { mergeArcs } from 'topojson-client';
import { PipelineError } from './errors.js';

/**
 * Natural Earth draws some breakaway units as countries of their own. The story's maps draw
 * internationally recognised borders, so each unit here is dissolved into the state it belongs to
 * before anything is built from the topology: no outline, border line, label, neighbour or box of
 * its own remains. In order: at 1:10m the buffer zone lies between the two halves of the island,
 * so it joins Cyprus before Northern Cyprus can. Kosovo is kept as Natural Earth draws it; Western
 * Sahara, which Natural Earth draws in part as Morocco's, is made whole by lib/transfer.js
 * (geo/README.md says why).
 */
export const DISSOLVED = [
	{
		naturalEarthName: 'Cyprus U.N. Buffer Zone',
		into: 'Cyprus',
		why: 'the United Nations buffer zone lies within the Republic of Cyprus (UN Security Council resolution 186 (1964) and later resolutions on UNFICYP); Natural Earth draws it at 1:10m only'
	},
	{
		naturalEarthName: 'N. Cyprus',
		into: 'Cyprus',
		why: 'UN Security Council resolution 541 (1983), S/RES/541, considers the 1983 declaration of a "Turkish Republic of Northern Cyprus" legally invalid and calls on all States not to recognise any Cypriot State other than the Republic of Cyprus'
	},
	{
		naturalEarthName: 'Somaliland',
		into: 'Somalia',
		why: "Somaliland's 1991 declaration of independence is not recognised by the United Nations or the African Union, which treat it as part of Somalia"
	}
];

/**
 * Dissolves every unit of DISSOLVED that the topology has into its state, by Natural Earth name,
 * with topojson's mergeArcs, so that the arcs they shared belong to no shape and drop out of the
 * border mesh. Mutates the topology; run it before countries are identified.
 * @param {import('topojson-specification').Topology} topology from readAtlas
 * @param {string} label how to name this topology in messages
 */
export function dissolveUnrecognised(topology, label) {
	const countries =
		/** @type {import('topojson-specification').GeometryCollection<{ name: string }>} */ (
			topology.objects.countries
		);
	for (const { naturalEarthName, into } of DISSOLVED) {
		const unit = byName(countries, naturalEarthName);
		if (unit === undefined) continue;
		const state = byName(countries, into);
		if (state === undefined)
			throw new PipelineError(
				`${label}: "${naturalEarthName}" is there but "${into}" is not; expected both, to dissolve the one into the other (geo/lib/recognition.js)`
			);
		const parts = polygonCount(state) + polygonCount(unit);
		const merged = mergeArcs(topology, [state, unit]);
		if (merged.arcs.length >= parts)
			throw new PipelineError(
				`${label}: "${naturalEarthName}" shares no border with "${into}"; expected them to join when dissolved`
			);
		Object.assign(state, { type: 'MultiPolygon', arcs: merged.arcs });
		countries.geometries = countries.geometries.filter((g) => g !== unit);
	}
}

/**
 * @param {import('topojson-specification').GeometryCollection<{ name: string }>} countries
 * @param {string} name
 */
function byName(countries, name) {
	const found = countries.geometries.find(
		(g) => /** @type {{ name?: string } | undefined} */ (g.properties)?.name === name
	);
	if (found !== undefined && found.type !== 'Polygon' && found.type !== 'MultiPolygon')
		throw new PipelineError(`"${name}" is a ${found.type}; expected a polygon shape`);
	return /** @type {import('topojson-specification').Polygon | import('topojson-specification').MultiPolygon | undefined} */ (
		found
	);
}

/** @param {import('topojson-specification').Polygon | import('topojson-specification').MultiPolygon} g */
function polygonCount(g) {
	return g.type === 'Polygon' ? 1 : g.arcs.length;
}
