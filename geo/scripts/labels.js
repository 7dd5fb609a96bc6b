/**
 * labels.geojson: one Point per country of countries.json, { id, name }, at the pole of
 * inaccessibility (polylabel) of the country's largest polygon in its countries-story.geojson
 * shape. The countries the story map has no shape for (Tonga, Kiribati, Singapore and the other
 * small states outside Europe's 1:50m region) get theirs from the 1:50m shape, with `drawn: false`:
 * the maps draw those as symbols at that point, and name them there. Tuvalu, which 1:50m lacks,
 * gets its point from the 1:10m shape (lib/point-states.js).
 */
// @ts-expect-error polylabel ships no type declarations
import polylabel from 'polylabel';
import { booleanPointInPolygon } from '@turf/turf';
import { extent, largestPolygon, roundPoint } from '../lib/geometry.js';
import { featureCollectionText } from '../lib/output.js';
import { PipelineError } from '../lib/errors.js';
import { LABEL_DECIMALS } from '../lib/settings.js';

export const files = ['labels.geojson'];

/** @param {import('../lib/context.js').Context} context */
export function build({ story, fine, pointStates }) {
	const drawn = new Set(story.countries.map((country) => country.properties.id));
	/** @type {{ shape: import('geojson').Feature<import('../lib/geometry.js').Polygonal, { id: string, name: string }>, drawn: boolean }[]} */
	const labelled = [
		...story.countries.map((shape) => ({ shape, drawn: true })),
		...[...fine.shapes.values()]
			.filter((c) => !drawn.has(c.properties.id))
			.map((shape) => ({ shape, drawn: false })),
		// Too small for 1:50m (Tuvalu): from the 1:10m shape.
		...pointStates.map((state) => ({
			shape: {
				type: /** @type {const} */ ('Feature'),
				properties: { id: state.id, name: state.name },
				geometry: state.shape
			},
			drawn: false
		}))
	];
	const features = labelled
		.map(({ shape, drawn }) => ({
			type: /** @type {const} */ ('Feature'),
			properties: {
				id: shape.properties.id,
				name: shape.properties.name,
				...(drawn ? {} : { drawn: false })
			},
			geometry: { type: /** @type {const} */ ('Point'), coordinates: labelPoint(shape) }
		}))
		.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
	return { 'labels.geojson': featureCollectionText(features) };
}

/** @param {import('geojson').Feature<import('../lib/geometry.js').Polygonal, { id: string }>} country */
function labelPoint(country) {
	const rings = largestPolygon(country.geometry);
	const [west, south, east, north] = extent(/** @type {import('geojson').Position[]} */ (rings[0]));
	// Precision relative to the polygon, so that the Vatican gets as good a label as Russia.
	const best = polylabel(rings, Math.min(east - west, north - south) / 100);
	const point = roundPoint(best, LABEL_DECIMALS);
	if (!booleanPointInPolygon(point, country)) {
		throw new PipelineError(
			`labels: the label point ${JSON.stringify(point)} of "${country.properties.id}" lies outside its shape`
		);
	}
	return point;
}
