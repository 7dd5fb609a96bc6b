/**
 * The registry of places, countries, groups and areas, read from the geo pipeline's outputs at
 * build time (by the prerender, the content check in vite.config.ts and the tests alike). The
 * pipeline validated these files when it wrote them (geo/README.md); here they are only typed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import {
	areaFromFeature,
	makeRegistry,
	type Country,
	type Group,
	type Place,
	type Registry
} from '../story/registry.ts';
import type { LonLat } from '../story/types';
import { visiblePart } from '../geo/visible.ts';

/**
 * How far outside a country's simplified shape a place may lie and still count as in it: coastal
 * cities sit on coasts that 1:50m shapes round off.
 */
const COAST_TOLERANCE_KM = 25;

interface GroupsFile {
	groups: { id: string; name: string; members: Group['members'] }[];
}

/** Reads the registry from a project root (default: the working directory, as in every build). */
export function loadRegistry(root = process.cwd()): Registry {
	const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
	const places = read('geo/places.json') as Place[];
	const countries = read('static/data/countries.json') as Country[];
	const groups = (read('geo/groups.json') as GroupsFile).groups;
	const areas = read('static/data/areas.geojson') as FeatureCollection;
	const labels = read('static/data/labels.geojson') as FeatureCollection<Point, { id: string }>;
	const shapes = read('static/data/countries-story.geojson') as FeatureCollection<
		Polygon | MultiPolygon,
		{ id: string }
	>;
	const seas = read('static/data/seas.geojson') as FeatureCollection<
		Point,
		{ id: string; name: string }
	>;
	const labelAt = new Map(labels.features.map((f) => [f.properties.id, f.geometry.coordinates]));
	const shapeOf = new Map(shapes.features.map((f) => [f.properties.id, f]));
	return makeRegistry({
		places,
		countries: countries.map((c) => ({ ...c, label: labelAt.get(c.id) as LonLat | undefined })),
		groups: groups.map(({ id, name, members }) => ({ id, name, members })),
		areas: areas.features.map(areaFromFeature),
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
			const shape: Feature<Polygon | MultiPolygon> | undefined = shapeOf.get(country);
			if (!shape) return undefined;
			return (
				booleanPointInPolygon(point, shape) ||
				pointToPolygonDistance(point, shape, { units: 'kilometers' }) <= COAST_TOLERANCE_KM
			);
		}
	});
}
