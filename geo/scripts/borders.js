/** borders-110m.geojson and borders-50m.geojson: land borders between two countries, one MultiLineString. */
import { mesh } from 'topojson-client';
import { cutAtAntimeridian, lonSpan, roundLines } from '../lib/geometry.js';
import { featureCollectionText } from '../lib/output.js';
import { PipelineError } from '../lib/errors.js';

export const files = ['borders-110m.geojson', 'borders-50m.geojson'];

/** @param {import('../lib/context.js').Context} context */
export function build({ coarse, fine }) {
	return { 'borders-110m.geojson': borders(coarse), 'borders-50m.geojson': borders(fine) };
}

/**
 * Arcs shared by two different countries, at least one of them in the file's countries. Coasts
 * (arcs of one country) are left out, and so is the Perekop isthmus: after the Crimea fix no
 * country's shape uses that arc.
 * @param {import('../lib/world.js').World} world
 */
function borders({ topology, countries, resolution, label }) {
	const drawn = new Set(countries.map((country) => country.properties.id));
	/** @param {import('topojson-specification').GeometryObject} geometry */
	const isDrawn = (geometry) =>
		drawn.has(/** @type {import('../lib/atlas.js').CountryProperties} */ (geometry.properties).id);
	const lines = mesh(
		topology,
		topology.objects.countries,
		(a, b) => a !== b && (isDrawn(a) || isDrawn(b))
	);
	const geometry = roundLines(cutAtAntimeridian(lines), resolution.decimals);
	for (const line of geometry.coordinates) {
		if (lonSpan(line) > 180)
			throw new PipelineError(
				`${label}: a border spans ${lonSpan(line)}° of longitude; expected at most 180°`
			);
	}
	return featureCollectionText([{ type: 'Feature', properties: {}, geometry }]);
}
