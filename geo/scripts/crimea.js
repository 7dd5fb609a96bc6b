/** crimea.geojson: Crimea's polygon (1:50m), marked as Ukrainian territory annexed by Russia. */
import { featureCollectionText } from '../lib/output.js';

export const files = ['crimea.geojson'];

/** @param {import('../lib/context.js').Context} context */
export function build({ fine }) {
	return { 'crimea.geojson': featureCollectionText([fine.crimea]) };
}
