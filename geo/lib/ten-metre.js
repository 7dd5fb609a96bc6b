import { mergeArcs } from 'topojson-client';
import { PipelineError } from './errors.js';

/**
 * Natural Earth's 1:10m data has units the 1:50m data draws within a country. The fine shapes
 * must draw the same countries as the story's map, so each is merged into the country 1:50m
 * draws it in (as dissolveUnrecognised does for Northern Cyprus), before countries are identified.
 */
export const MERGED_AT_10M = [
	{ naturalEarthName: 'Akrotiri', into: 'Cyprus' },
	{ naturalEarthName: 'Dhekelia', into: 'Cyprus' },
	{ naturalEarthName: 'Baikonur', into: 'Kazakhstan' },
	{ naturalEarthName: 'USNB Guantanamo Bay', into: 'Cuba' }
];

/** Reefs and islets 1:10m draws as units of their own and 1:50m does not draw at all: left out. */
export const DROPPED_AT_10M = [
	'Bajo Nuevo Bank',
	'Clipperton I.',
	'Coral Sea Is.',
	'Scarborough Reef',
	'Serranilla Bank',
	'Spratly Is.'
];

/**
 * Merges MERGED_AT_10M into their countries and drops DROPPED_AT_10M. Mutates the topology.
 * @param {import('topojson-specification').Topology} topology from readAtlas('10m')
 * @param {string} label how to name this topology in messages
 */
export function matchFiftyMetre(topology, label) {
	const countries = /** @type {import('topojson-specification').GeometryCollection} */ (
		topology.objects.countries
	);
	/** @param {import('topojson-specification').GeometryObject} g */
	const nameOf = (g) => /** @type {{ name?: string } | undefined} */ (g.properties)?.name;
	/** @param {string} name */
	const byName = (name) => {
		const found = countries.geometries.find((g) => nameOf(g) === name);
		if (found?.type !== 'Polygon' && found?.type !== 'MultiPolygon')
			throw new PipelineError(
				`${label}: expected a polygon shape named "${name}" (geo/lib/ten-metre.js)`
			);
		return found;
	};
	for (const { naturalEarthName, into } of MERGED_AT_10M) {
		const unit = byName(naturalEarthName);
		const state = byName(into);
		const merged = mergeArcs(topology, [state, unit]);
		Object.assign(state, { type: 'MultiPolygon', arcs: merged.arcs });
		countries.geometries = countries.geometries.filter((g) => g !== unit);
	}
	const dropped = new Set(DROPPED_AT_10M);
	countries.geometries = countries.geometries.filter((g) => !dropped.has(nameOf(g) ?? ''));
}
