import { bboxPolygon, booleanIntersects } from '@turf/turf';
import { readJsonSource } from './sources.js';
import { countryIds, readAtlas } from './atlas.js';
import { buildWorld } from './world.js';
import { buildStory } from './story.js';
import { validateNames } from './validate-names.js';
import { validateFacts } from './validate-facts.js';
import { validatePlaces } from './validate-places.js';
import { validateGroups } from './validate-groups.js';
import { validateAreas } from './validate-areas.js';
import { unitShape } from './area-shapes.js';
import { readPointStates } from './point-states.js';
import { DISSOLVED } from './recognition.js';
import { transfersOf } from './transfer.js';
import { COARSE, FINE, FINE_REGION } from './settings.js';

/** The source files, read from the source directory (geo/ unless build.js is given --src). */
export const SOURCE_NAMES = [
	'names.json',
	'countries.json',
	'groups.json',
	'places.json',
	'areas.json'
];

/**
 * @typedef {object} Context  everything the output scripts build from, checked
 * @property {import('./world.js').World} coarse  1:110m, every country map-ready
 * @property {import('./world.js').World} fine    1:50m, the countries of FINE_REGION map-ready
 * @property {import('./story.js').Story} story    the story map's countries: fine where it has them, else coarse
 * @property {import('./atlas.js').Names} names  names.json, checked (a finer resolution needs it too)
 * @property {import('./validate-facts.js').FactsSource} facts
 * @property {import('../../src/lib/data/schemas.js').GroupsFile} groups
 * @property {import('./validate-places.js').Place[]} places
 * @property {import('../../src/lib/data/schemas.js').Area[]} areas  sorted by id
 * @property {import('./transfer.js').Transfer[]} transfers  the parts moved between countries (transfersOf)
 * @property {Map<string, import('./area-shapes.js').AreaShape>} areaShapes  every area's shape by id, cut, not rounded
 * @property {import('./point-states.js').PointState[]} pointStates  UN members too small for 1:50m (Tuvalu), as points
 */

/**
 * Reads and checks the sources and world-atlas data.
 * @param {string} srcDir
 * @returns {Context}
 * @throws {import('./errors.js').PipelineError} naming the file and entry at fault
 */
export function loadContext(srcDir) {
	// Read everything first, so a missing or malformed file fails before the slow geometry work.
	const names = readJsonSource(srcDir, 'names.json');
	const facts = readJsonSource(srcDir, 'countries.json');
	const groups = readJsonSource(srcDir, 'groups.json');
	const places = readJsonSource(srcDir, 'places.json');
	const areasSource = readJsonSource(srcDir, 'areas.json');
	const atlas = readAtlas(FINE.name);
	const checkedNames = validateNames(names.data, names.file, atlas);
	// The ids the map data will have: every 1:50m country but the units dissolved into their states.
	const dissolved = new Set(DISSOLVED.map((d) => d.naturalEarthName));
	const ids = new Set(
		countryIds(atlas, checkedNames).flatMap((c) =>
			c.id === undefined || dissolved.has(c.naturalEarthName) ? [] : [c.id]
		)
	);
	// Tuvalu, too small for 1:50m: a point from 1:10m (lib/point-states.js).
	const pointStates = readPointStates(checkedNames);
	for (const state of pointStates) ids.add(state.id);
	const checkedFacts = validateFacts(facts.data, facts.file, ids);
	const checkedGroups = validateGroups(groups.data, groups.file, ids);
	const areas = validateAreas(areasSource.data, areasSource.file, ids);
	const transfers = transfersOf(checkedFacts, areas);
	const coarse = buildWorld(COARSE, checkedNames, () => true, areas, transfers);
	const region = bboxPolygon(FINE_REGION.bbox);
	const fine = buildWorld(
		FINE,
		checkedNames,
		(country) =>
			FINE_REGION.always.includes(country.properties.id) || booleanIntersects(country, region),
		areas,
		transfers
	);
	const areaShapes = new Map(
		areas.map((area) => [area.id, fine.areas.get(area.id) ?? unitShape(area, FINE.tolerance)])
	);
	return {
		coarse,
		fine,
		story: buildStory(coarse, fine),
		names: checkedNames,
		facts: checkedFacts,
		groups: checkedGroups,
		places: validatePlaces(places.data, places.file, fine.shapes),
		areas,
		transfers,
		areaShapes,
		pointStates
	};
}
