import { booleanPointInPolygon, pointToPolygonDistance, point } from '@turf/turf';
import { Problems, PipelineError } from './errors.js';
import { entryName, isNonEmptyString, isObject, show, unknownKeys } from './checks.js';
import { COAST_TOLERANCE_KM } from './settings.js';

/**
 * @typedef {object} Place  one entry of geo/places.json
 * @property {string} id          lower-case slug, e.g. "nur-sultan"
 * @property {string} name        as in the story brief, e.g. "Nur-Sultan"
 * @property {string} [label]     longer form for the map, e.g. "Nur-Sultan (now Astana)"
 * @property {string} country     id of the country the place is in (ISO 3166-1 alpha-3)
 * @property {[number, number]} coordinates  [longitude, latitude], WGS84
 * @property {string} source      where the coordinates come from
 * @typedef {import('geojson').Feature<import('./geometry.js').Polygonal, { id: string }>} Shape
 */

const FIELDS = ['id', 'name', 'label', 'country', 'coordinates', 'source'];
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
		const extra = unknownKeys(entry, FIELDS);
		if (extra) problems.add(`${at}: ${extra}`);
		if (typeof entry.id !== 'string' || !SLUG.test(entry.id)) {
			problems.add(
				`${at}: "id" is ${show(entry.id)}; expected a lower-case slug such as "nur-sultan"`
			);
		} else if (seen.has(entry.id)) {
			problems.add(
				`${at}: duplicate id "${entry.id}"; expected each id once (first at index ${seen.get(entry.id)})`
			);
		} else {
			seen.set(entry.id, index);
		}
		for (const field of ['name', 'source']) {
			if (!isNonEmptyString(entry[field]))
				problems.add(`${at}: "${field}" is ${show(entry[field])}; expected a non-empty string`);
		}
		if (entry.label !== undefined && !isNonEmptyString(entry.label)) {
			problems.add(
				`${at}: "label" is ${show(entry.label)}; expected a non-empty string or no "label"`
			);
		}
		const coordinatesOk = isLonLat(entry.coordinates);
		if (!coordinatesOk) {
			problems.add(
				`${at}: "coordinates" are ${show(entry.coordinates)}; expected [longitude, latitude] in degrees (-180..180, -90..90)`
			);
		}
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
 * @param {unknown} value
 * @returns {value is [number, number]}
 */
function isLonLat(value) {
	return (
		Array.isArray(value) &&
		value.length === 2 &&
		value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
		Math.abs(value[0]) <= 180 &&
		Math.abs(value[1]) <= 90
	);
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
