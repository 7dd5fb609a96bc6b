/** countries-110m.geojson and countries-50m.geojson: country polygons, { id, name }. */
import { featureCollectionText } from '../lib/output.js';

export const files = ['countries-110m.geojson', 'countries-50m.geojson'];

/** @param {import('../lib/context.js').Context} context */
export function build({ coarse, fine }) {
	return {
		'countries-110m.geojson': featureCollectionText(coarse.countries),
		'countries-50m.geojson': featureCollectionText(fine.countries)
	};
}
