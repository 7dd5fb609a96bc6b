/**
 * areas.geojson: disputed, annexed, occupied and leased territory from geo/areas.json, one
 * feature per area, { id, name, status, sovereign, held_by, since }, each inside its sovereign's
 * shape. crimea.geojson: the Crimea feature alone, with the properties the app read before
 * areas.geojson existed; it goes once the app reads areas.geojson.
 */
import { AreaProperties } from '../../src/lib/data/schemas.js';
import { featureCollectionText } from '../lib/output.js';
import { areaFeature } from '../lib/area-shapes.js';

export const files = ['areas.geojson', 'crimea.geojson'];

/** @param {import('../lib/context.js').Context} context */
export function build({ areas, areaShapes, story, fine }) {
	const countries = new Map(story.countries.map((c) => [c.properties.id, c]));
	const features = areas.map((area) => {
		const shape = /** @type {import('../lib/area-shapes.js').AreaShape} */ (
			areaShapes.get(area.id)
		);
		const feature = areaFeature(
			shape,
			area,
			countries.get(area.sovereign),
			fine.resolution.decimals
		);
		// The app reads these properties with the same schema: check them before they are written.
		AreaProperties.parse(feature.properties);
		return feature;
	});
	const crimea = features.find((f) => f.properties.id === 'crimea');
	const legacy = crimea && {
		type: 'Feature',
		properties: {
			id: 'crimea',
			name: 'Crimea',
			sovereign: 'UKR',
			status: 'annexed-by-russia',
			annexed: '2014-03'
		},
		geometry: crimea.geometry
	};
	return {
		'areas.geojson': featureCollectionText(features),
		'crimea.geojson': featureCollectionText(
			legacy ? [/** @type {import('geojson').Feature} */ (legacy)] : []
		)
	};
}
