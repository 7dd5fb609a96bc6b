import { feature } from 'topojson-client';
import { booleanValid } from '@turf/turf';
import { readAtlas, identifyCountries } from './atlas.js';
import { moveToSovereign } from './area-shapes.js';
import { dissolveUnrecognised } from './recognition.js';
import { applyTransfers } from './transfer.js';
import { simplifyArcs } from './simplify.js';
import {
	cutAtAntimeridian,
	roundPolygonal,
	polygonsOf,
	lonSpan,
	isPolarRing,
	largestPartBox
} from './geometry.js';
import { PipelineError } from './errors.js';

/**
 * @typedef {import('./geometry.js').Polygonal} Polygonal
 * @typedef {import('./atlas.js').CountryProperties} CountryProperties
 * @typedef {import('geojson').Feature<Polygonal, CountryProperties>} CountryFeature
 * @typedef {object} World
 * @property {import('./settings.js').Resolution} resolution
 * @property {string} label                    names the data in messages
 * @property {import('./atlas.js').CountryTopology} topology  simplified, the transfers made (their parts as the object `transferred`), Crimea in Ukraine
 * @property {Map<string, CountryFeature>} shapes  every country by id, cut at the antimeridian, not rounded
 * @property {Map<string, [number, number, number, number]>} frames  every country's largestPartBox by id
 * @property {CountryFeature[]} countries      the kept countries, map-ready: cut, rounded, sorted by id
 * @property {Map<string, import('./area-shapes.js').AreaShape>} areas  the shapes of the areas made "polygon-of" or "outline" (and of every transfer) by id, cut, not rounded
 */

/**
 * Reads one world-atlas resolution and turns it into the shapes the outputs are made of.
 * @param {import('./settings.js').Resolution} resolution
 * @param {import('./atlas.js').Names} names parsed names.json
 * @param {(country: CountryFeature) => boolean} keep which countries to make map-ready
 * @param {readonly import('../../src/lib/data/schemas.js').Area[]} areas parsed geo/areas.json
 * @param {readonly import('./transfer.js').Transfer[]} transfers Western Sahara and the areas made
 *   "outline" (transfersOf)
 * @param {(atlas: import('topojson-specification').Topology, label: string) => void} [prepare]
 *   runs on the topology before countries are identified (the 1:10m units, lib/ten-metre.js)
 * @returns {World}
 */
export function buildWorld(resolution, names, keep, areas, transfers, prepare) {
	const label = `world-atlas countries-${resolution.name}`;
	// First, on the topology as world-atlas has it: rebuilt from shapes that are still Natural
	// Earth's everywhere else, it finds every other arc again exactly as it was.
	const atlas = applyTransfers(readAtlas(resolution.name), transfers, names, label);
	dissolveUnrecognised(atlas, label);
	prepare?.(atlas, label);
	const topology = identifyCountries(atlas, names, label);
	const moved = areas
		.filter((area) => area.shape.method === 'polygon-of')
		.map((area) => moveToSovereign(topology, area, label));
	simplifyArcs(topology, resolution.tolerance);
	/** @type {Map<string, CountryFeature>} */
	const shapes = new Map();
	/** @type {Map<string, [number, number, number, number]>} */
	const frames = new Map();
	for (const geometry of topology.objects.countries.geometries) {
		const country = spherical(topology, geometry);
		shapes.set(country.properties.id, {
			...country,
			geometry: cutAtAntimeridian(country.geometry)
		});
		frames.set(country.properties.id, largestPartBox(country.geometry));
	}
	const countries = [...shapes.values()]
		.filter(keep)
		.map((country) => mapReady(country, resolution, label))
		.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
	return {
		resolution,
		label,
		topology,
		shapes,
		frames,
		countries,
		areas: new Map(
			[...moved, ...transferredParts(topology)].map((part) => [
				/** @type {{ id: string }} */ (part.properties).id,
				planar(topology, part)
			])
		)
	};
}

/**
 * The parts lib/transfer.js moved between countries, by id, if any.
 * @param {import('./atlas.js').CountryTopology} topology
 * @returns {import('topojson-specification').GeometryObject<{ id: string }>[]}
 */
function transferredParts(topology) {
	const objects =
		/** @type {{ transferred?: import('topojson-specification').GeometryCollection<{ id: string }> }} */ (
			topology.objects
		);
	return objects.transferred?.geometries ?? [];
}

/**
 * A topology geometry as a GeoJSON feature, as world-atlas draws it: not cut at the antimeridian.
 * @template {{ id: string }} P
 * @param {import('./atlas.js').CountryTopology} topology
 * @param {import('topojson-specification').GeometryObject<P>} geometry
 * @returns {import('geojson').Feature<Polygonal, P>}
 */
function spherical(topology, geometry) {
	const { properties, geometry: shape } =
		/** @type {import('geojson').Feature<import('geojson').Geometry, P>} */ (
			feature(topology, geometry)
		);
	return { type: 'Feature', properties, geometry: /** @type {Polygonal} */ (shape) };
}

/**
 * A topology geometry as a GeoJSON feature cut at the antimeridian.
 * @template {{ id: string }} P
 * @param {import('./atlas.js').CountryTopology} topology
 * @param {import('topojson-specification').GeometryObject<P>} geometry
 * @returns {import('geojson').Feature<Polygonal, P>}
 */
function planar(topology, geometry) {
	const country = spherical(topology, geometry);
	return { ...country, geometry: cutAtAntimeridian(country.geometry) };
}

/**
 * A cut feature as the map files hold it: rounded, checked.
 * @template {{ id: string }} P
 * @param {import('geojson').Feature<Polygonal, P>} cut
 * @param {import('./settings.js').Resolution} resolution
 * @param {string} label
 * @returns {import('geojson').Feature<Polygonal, P>}
 */
function mapReady({ properties, geometry }, resolution, label) {
	const where = `${label}: "${properties.id}"`;
	const rounded = roundPolygonal(geometry, resolution.decimals, where);
	for (const rings of polygonsOf(rounded)) {
		const exterior = /** @type {import('geojson').Position[]} */ (rings[0]);
		const span = lonSpan(exterior);
		if (span > 180 && !isPolarRing(exterior)) {
			throw new PipelineError(
				`${where}: a polygon spans ${span}° of longitude after the antimeridian cut; expected at most 180°`
			);
		}
	}
	// Each polygon is valid on its own (roundPolygonal); this checks them against each other.
	// Natural Earth's own 1:50m Canada and Brunei fail here, so they cannot join the 1:50m region.
	if (!booleanValid(rounded)) {
		throw new PipelineError(
			`${where}: its polygons overlap or share edges; expected a valid MultiPolygon`
		);
	}
	return { type: 'Feature', properties, geometry: rounded };
}
