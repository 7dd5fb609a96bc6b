import { booleanPointInPolygon, pointToPolygonDistance, point } from '@turf/turf';
import { Problems, PipelineError } from './errors.js';
import { Place as PlaceSchema } from '../../src/lib/data/schemas.js';
import { entryName, isObject, show } from './checks.js';
import { entryProblems } from './schema-check.js';
import { COAST_TOLERANCE_KM } from './settings.js';

/**
 * @typedef {import('../../src/lib/data/schemas.js').Place} Place  one entry of geo/places.json
 * @typedef {import('geojson').Feature<import('./geometry.js').Polygonal, { id: string }>} Shape
 */

const FIELDS = Object.keys(PlaceSchema.shape);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks the parsed gazetteer, including that every place lies in its country's shape.
 * @param {unknown} data parsed places.json
 * @param {string} file name used in messages
 * @param {ReadonlyMap<string, Shape>} shapes planar country shapes (1:50m) by id
 * @returns {Place[]}
 * @throws {PipelineError} listing every problem found
 */
export function validatePlaces(data, file, shapes) {
	if (!Array.isArray(data))
		throw new PipelineError(
			`${file}: top level is ${show(data).slice(0, 40)}; expected an array of places`
		);
	const problems = new Problems();
	/** @type {Map<string, number>} */
	const seen = new Map();
	data.forEach((entry, index) => {
		const at = `${file}: ${entryName(entry, index)}`;
		if (!isObject(entry))
			return problems.add(`${at}: is ${show(entry)}; expected an object with ${FIELDS.join(', ')}`);
		// The shared schema checks each field; the map data, below, checks the country and the point.
		const checked = PlaceSchema.safeParse(entry);
		const fieldProblems = checked.success ? [] : entryProblems(checked.error.issues, entry, FIELDS);
		for (const problem of fieldProblems.filter((p) => !p.startsWith('"country"')))
			problems.add(`${at}: ${problem}`);
		if (typeof entry.id === 'string' && SLUG.test(entry.id)) {
			if (seen.has(entry.id))
				problems.add(
					`${at}: duplicate id "${entry.id}"; expected each id once (first at index ${seen.get(entry.id)})`
				);
			else seen.set(entry.id, index);
		}
		const coordinatesOk = !fieldProblems.some((p) => p.startsWith('"coordinates"'));
		const shape = typeof entry.country === 'string' ? shapes.get(entry.country) : undefined;
		if (shape === undefined) {
			problems.add(
				`${at}: "country" is ${show(entry.country)}; expected the id of a country in the map data (ISO 3166-1 alpha-3, e.g. "CHE")`
			);
		} else if (coordinatesOk) {
			const outside = outsideProblem(
				/** @type {[number, number]} */ (entry.coordinates),
				shape,
				shapes
			);
			if (outside) problems.add(`${at}: ${outside}`);
		}
	});
	problems.throwIfAny();
	return /** @type {Place[]} */ (data);
}

/**
 * Why the point does not count as inside `shape`, or undefined if it does. A point just off a
 * generalised coastline counts, if no other country contains it (see COAST_TOLERANCE_KM).
 * @param {[number, number]} coordinates
 * @param {Shape} shape
 * @param {ReadonlyMap<string, Shape>} shapes
 * @returns {string | undefined}
 */
function outsideProblem(coordinates, shape, shapes) {
	if (booleanPointInPolygon(coordinates, shape)) return undefined;
	const other = [...shapes.values()].find((s) => booleanPointInPolygon(coordinates, s));
	const km = pointToPolygonDistance(point(coordinates), shape, { units: 'kilometers' });
	if (other === undefined && km <= COAST_TOLERANCE_KM) return undefined;
	const where = other
		? `they are in ${other.properties.id}'s shape`
		: `${km.toFixed(1)} km from it, in no country`;
	return (
		`coordinates [${coordinates.join(', ')}] lie outside ${shape.properties.id}'s shape (${where}); ` +
		'expected a point inside the country named by "country"'
	);
}
