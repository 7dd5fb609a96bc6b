import { feature, mergeArcs } from 'topojson-client';
import { geoContains } from 'd3-geo';
import { booleanPointInPolygon } from '@turf/turf';
import { readAtlas } from './atlas.js';
import { simplifyArcs } from './simplify.js';
import { cutAtAntimeridian, polygonsOf, roundPolygonal } from './geometry.js';
import { PipelineError } from './errors.js';

/**
 * @typedef {import('../../src/lib/data/schemas.js').Area} Area
 * @typedef {import('./geometry.js').Polygonal} Polygonal
 * @typedef {import('geojson').Feature<Polygonal, { id: string }>} AreaShape  not yet rounded
 */

/*
 * An area made "outline" (the Golan Heights) is cut from its holder's shape and given to its
 * sovereign by lib/transfer.js, with the transfers of geo/countries.json; its shape is the part.
 */

/**
 * For an area made "polygon-of" a country (Crimea, which Natural Earth 4.1 draws as Russia's):
 * finds the one polygon of that country containing the area's point, removes it from the country
 * and dissolves it into the sovereign's shape with topojson's mergeArcs, so that the line between
 * them (Perekop) belongs to no shape and is neither an inner line nor a border. Mutates the
 * topology; returns the polygon, which stays the area's shape.
 * @param {import('./atlas.js').CountryTopology} topology with ids from identifyCountries
 * @param {Area} area with shape.method "polygon-of"
 * @param {string} label how to name this topology in messages
 * @returns {import('topojson-specification').Polygon<{ id: string }> & { properties: { id: string } }}
 */
export function moveToSovereign(topology, area, label) {
	if (area.shape.method !== 'polygon-of') throw new TypeError(`${area.id} is not made polygon-of`);
	const { country: holderId, point } = area.shape;
	const holder = country(topology, holderId, label);
	const sovereign = country(topology, area.sovereign, label);
	const parts = holder.type === 'MultiPolygon' ? holder.arcs : [holder.arcs];
	const containing = parts.filter((arcs) =>
		geoContains(feature(topology, { type: 'Polygon', arcs }), point)
	);
	if (containing.length !== 1 || parts.length < 2) {
		throw new PipelineError(
			`${label}: area "${area.id}": ${containing.length} of ${holderId}'s ${parts.length} polygons contain ${JSON.stringify(point)}; ` +
				`expected exactly one besides the rest of ${holderId}. Natural Earth changed its depiction: review geo/areas.json`
		);
	}
	const arcs = /** @type {import('topojson-specification').ArcIndexes[]} */ (containing[0]);
	const sovereignPolygons = sovereign.type === 'MultiPolygon' ? sovereign.arcs.length : 1;
	const merged = mergeArcs(topology, [sovereign, { type: 'Polygon', arcs }]);
	// Dissolving must join the area to its sovereign's land along the arc they share.
	if (merged.arcs.length !== sovereignPolygons) {
		throw new PipelineError(
			`${label}: area "${area.id}" shares no border with ${area.sovereign}'s shape; expected it to join its sovereign's land`
		);
	}
	Object.assign(holder, { type: 'MultiPolygon', arcs: parts.filter((p) => p !== arcs) });
	Object.assign(sovereign, { type: 'MultiPolygon', arcs: merged.arcs });
	return { type: 'Polygon', arcs, properties: { id: area.id } };
}

/**
 * For an area made from a Natural Earth "unit" that only the 1:10m data has (Baikonur): that
 * unit's shape, simplified like the 1:50m countries and cut at the antimeridian.
 * @param {Area} area with shape.method "unit"
 * @param {number} tolerance Douglas–Peucker tolerance in degrees
 * @returns {AreaShape}
 */
export function unitShape(area, tolerance) {
	if (area.shape.method !== 'unit') throw new TypeError(`${area.id} is not made from a unit`);
	const name = area.shape.natural_earth_name;
	const topology = readAtlas('10m');
	const countries =
		/** @type {import('topojson-specification').GeometryCollection<{ name: string }>} */ (
			topology.objects.countries
		);
	const unit = countries.geometries.find(
		(g) => /** @type {{ name?: string } | undefined} */ (g.properties)?.name === name
	);
	if (unit === undefined || (unit.type !== 'Polygon' && unit.type !== 'MultiPolygon')) {
		throw new PipelineError(
			`world-atlas countries-10m: area "${area.id}": no polygon unit named "${name}"; expected the Natural Earth name of its shape`
		);
	}
	// Simplify only the unit's arcs: the rest of the 1:10m world is not used.
	countries.geometries = [unit];
	simplifyArcs(topology, tolerance);
	const shape = /** @type {import('geojson').Feature<Polygonal>} */ (feature(topology, unit));
	return {
		type: 'Feature',
		properties: { id: area.id },
		geometry: cutAtAntimeridian(shape.geometry)
	};
}

/**
 * Rounds an area's shape and checks that its land lies inside its sovereign's country shape (every
 * vertex, border included), as the story draws it: the map must never show it as another country's.
 * @param {AreaShape} shape
 * @param {Area} area
 * @param {import('geojson').Feature<Polygonal> | undefined} sovereign the sovereign's map-ready shape
 * @param {number} decimals
 * @returns {import('geojson').Feature<Polygonal, import('../../src/lib/data/schemas.js').AreaProperties>}
 */
export function areaFeature(shape, area, sovereign, decimals) {
	const where = `geo/areas.json: area "${area.id}"`;
	const geometry = roundPolygonal(shape.geometry, decimals, where);
	if (sovereign === undefined)
		throw new PipelineError(
			`${where}: its sovereign ${area.sovereign} has no shape in the story's map`
		);
	const outside = polygonsOf(geometry)
		.flat(2)
		.find((p) => !booleanPointInPolygon(p, sovereign));
	if (outside !== undefined)
		throw new PipelineError(
			`${where}: point ${JSON.stringify(outside)} lies outside ${area.sovereign}'s shape; expected the area inside its sovereign's land`
		);
	const { id, name, status, sovereign: sov, held_by, since } = area;
	return {
		type: 'Feature',
		properties: { id, name, status, sovereign: sov, ...(held_by ? { held_by } : {}), since },
		geometry
	};
}

/**
 * @param {import('./atlas.js').CountryTopology} topology
 * @param {string} id
 * @param {string} label
 */
function country(topology, id, label) {
	const geometry = topology.objects.countries.geometries.find(
		(g) => /** @type {import('./atlas.js').CountryProperties} */ (g.properties).id === id
	);
	if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
		throw new PipelineError(
			`${label}: no polygon shape with id "${id}"; expected one to move an area between`
		);
	}
	return geometry;
}
