/**
 * countries-110m.geojson, countries-50m.geojson: country polygons, { id, name };
 * countries-story.geojson: the story map's one country source, { id, name, res }.
 */
import { featureCollectionText } from '../lib/output.js';

export const files = ['countries-110m.geojson', 'countries-50m.geojson', 'countries-story.geojson'];

/** @param {import('../lib/context.js').Context} context */
export function build({ coarse, fine, story }) {
	return {
		'countries-110m.geojson': featureCollectionText(coarse.countries),
		'countries-50m.geojson': featureCollectionText(fine.countries),
		'countries-story.geojson': featureCollectionText(story.countries)
	};
}
