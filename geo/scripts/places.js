/** places.geojson: one Point per gazetteer entry, { id, name, label, country }. */
import { featureCollectionText } from '../lib/output.js';

export const files = ['places.geojson'];

/** @param {import('../lib/context.js').Context} context */
export function build({ places }) {
	const features = [...places]
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map(({ id, name, label, country, coordinates }) => ({
			type: /** @type {const} */ ('Feature'),
			properties: { id, name, label: label ?? name, country },
			geometry: { type: /** @type {const} */ ('Point'), coordinates }
		}));
	return { 'places.geojson': featureCollectionText(features) };
}
