/**
 * areas.geojson: disputed, annexed, occupied and leased territory from geo/areas.json, one
 * feature per area, { id, name, status, sovereign, held_by, since }, each inside its sovereign's
 * shape.
 */
import { AreaProperties } from '../../src/lib/data/schemas.js';
import { featureCollectionText } from '../lib/output.js';
import { areaFeature } from '../lib/area-shapes.js';

export const files = ['areas.geojson'];

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
	return { 'areas.geojson': featureCollectionText(features) };
}
