/**
 * The registry of places, countries, groups and areas, read from the geo pipeline's outputs at
 * build time (by the prerender, the content check in vite.config.ts and the tests alike), each
 * read with the same schema the pipeline checked it with when it wrote it (src/lib/data/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bboxPolygon } from '@turf/bbox-polygon';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import { nearLon } from '../data/longitude.js';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { AreaProperties, CountryFacts, GroupsFile, Place } from '../data/schemas.js';
import { areaFromFeature, makeRegistry, type Registry } from '../story/registry.ts';
import type { Bounds, LonLat } from '../story/types';
import { visiblePart } from '../geo/visible.ts';

/**
 * How far outside a country's simplified shape a place may lie and still count as in it: coastal
 * cities sit on coasts that 1:50m shapes round off.
 */
const COAST_TOLERANCE_KM = 25;

/** Reads the registry from a project root (default: the working directory, as in every build). */
export function loadRegistry(root = process.cwd()): Registry {
	const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
	const places = Place.array().parse(read('geo/places.json'));
	const countries = CountryFacts.array().parse(read('static/data/countries.json'));
	const { groups } = GroupsFile.parse(read('static/data/groups.json'));
	const areas = read('static/data/areas.geojson') as FeatureCollection;
	const labels = read('static/data/labels.geojson') as FeatureCollection<
		Point,
		{ id: string; drawn?: false }
	>;
	const shapes = read('static/data/countries-story.geojson') as FeatureCollection<
		Polygon | MultiPolygon,
		{ id: string }
	>;
	const seas = read('static/data/seas.geojson') as FeatureCollection<
		Point,
		{ id: string; name: string }
	>;
	const countryBoxes = new Map(countries.map((c) => [c.id, c.bbox as Bounds]));
	const labelAt = new Map(labels.features.map((f) => [f.properties.id, f.geometry.coordinates]));
	const shapeOf = new Map(shapes.features.map((f) => [f.properties.id, f]));
	return makeRegistry({
		places: places.map((p) => ({ ...p, coordinates: p.coordinates as LonLat })),
		countries: countries.map((c) => ({
			id: c.id,
			name: c.name,
			bbox: c.bbox,
			frame: c.frame,
			neighbours: c.neighbours,
			territoryOf: c.territoryOf,
			label: labelAt.get(c.id) as LonLat | undefined,
			...(shapeOf.has(c.id) ? {} : { shapeless: true })
		})),
		groups: groups.map(({ id, name, members }) => ({ id, name, members })),
		areas: areas.features.map((f) => areaFromFeature(f, AreaProperties.parse(f.properties))),
		seas: seas.features.map((f) => ({
			id: f.properties.id,
			name: f.properties.name,
			label: f.geometry.coordinates as LonLat
		})),
		visible: (country, frame) => {
			const shape = shapeOf.get(country);
			return shape ? visiblePart(shape, frame) : undefined;
		},
		contains: (country, point) => {
			const km = distanceKm(country, point);
			return km === undefined ? undefined : km <= COAST_TOLERANCE_KM;
		},
		distanceKm,
		nearest: (point) => {
			let best: { id: string; km: number } | undefined;
			for (const id of countryBoxes.keys()) {
				const km = distanceKm(id, point);
				if (km !== undefined && (!best || km < best.km)) best = { id, km };
			}
			return best;
		}
	});

	/**
	 * How far a point lies from a country's land, in km (0 inside): its story shape, or for a small
	 * state the story map has no shape for, the box of its 1:50m shape (countries.json).
	 */
	function distanceKm(country: string, [lon, lat]: LonLat): number | undefined {
		const shape: Feature<Polygon | MultiPolygon> | undefined = shapeOf.get(country);
		if (shape) {
			if (booleanPointInPolygon([lon, lat], shape)) return 0;
			return pointToPolygonDistance([lon, lat], shape, { units: 'kilometers' });
		}
		const box = countryBoxes.get(country);
		if (!box) return undefined;
		// Boxes across 180° run past it (east > 180): the point moved next to the box.
		const point: LonLat = [nearLon(lon, (box[0] + box[2]) / 2), lat];
		const polygon = bboxPolygon(box);
		if (booleanPointInPolygon(point, polygon)) return 0;
		return pointToPolygonDistance(point, polygon, { units: 'kilometers' });
	}
}
