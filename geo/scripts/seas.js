/**
 * seas.geojson: one Point per sea or ocean of geo/seas.json, { id, name }, at the label point the
 * file gives. The build checks each point lies in open water: outside every country of the story
 * map, and at least MIN_COAST_KM from its coasts, so no sea's name is drawn on land.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import { featureCollectionText } from '../lib/output.js';
import { PipelineError } from '../lib/errors.js';

export const files = ['seas.geojson'];

const FILE = fileURLToPath(new URL('../seas.json', import.meta.url));
/** The label's middle is this far from any coast at least: about half a short name's height at zoom 4. */
const MIN_COAST_KM = 40;

/**
 * @typedef {{ id: string, name: string, label: [number, number], why: string }} Sea
 */

/** @param {import('../lib/context.js').Context} context */
export function build({ story }) {
	/** @type {{ seas: Sea[] }} */
	const file = JSON.parse(readFileSync(FILE, 'utf8'));
	const features = [...file.seas]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((sea) => {
			check(sea, story.countries);
			return {
				type: /** @type {const} */ ('Feature'),
				properties: { id: sea.id, name: sea.name },
				geometry: { type: /** @type {const} */ ('Point'), coordinates: sea.label }
			};
		});
	return { 'seas.geojson': featureCollectionText(features) };
}

/**
 * @param {Sea} sea
 * @param {import('../lib/story.js').StoryCountry[]} countries
 */
function check(sea, countries) {
	const where = `geo/seas.json: "${sea.id}"`;
	if (!sea.name || !sea.why || !Array.isArray(sea.label) || sea.label.length !== 2) {
		throw new PipelineError(`${where} needs a name, a label [lon, lat] and a why`);
	}
	for (const country of countries) {
		if (booleanPointInPolygon(sea.label, country)) {
			throw new PipelineError(
				`${where}: the label point ${JSON.stringify(sea.label)} lies inside "${country.properties.id}"; expected open water`
			);
		}
		const km = pointToPolygonDistance(sea.label, country, { units: 'kilometers' });
		if (km < MIN_COAST_KM) {
			throw new PipelineError(
				`${where}: the label point ${JSON.stringify(sea.label)} is ${km.toFixed(0)} km from "${country.properties.id}"; expected at least ${MIN_COAST_KM} km of open water`
			);
		}
	}
}
