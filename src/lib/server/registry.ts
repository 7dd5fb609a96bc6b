/**
 * The registry of places and countries, read from the geo pipeline's outputs at build time (by the
 * prerender, the content check in vite.config.ts and the tests alike). Crimea is added as a
 * focusable area from its own shape: it is never a country of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import {
	areaFromShape,
	makeRegistry,
	type Country,
	type Place,
	type Registry
} from '../story/registry.ts';
import type { LonLat } from '../story/types';

/** Reads the registry from a project root (default: the working directory, as in every build). */
export function loadRegistry(root = process.cwd()): Registry {
	const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
	// The pipeline validated these files when it wrote them (geo/README.md); here they are only typed.
	const places = read('geo/places.json') as Place[];
	const countries = read('static/data/countries.json') as Country[];
	const crimea = read('static/data/crimea.geojson') as FeatureCollection;
	const labels = read('static/data/labels.geojson') as FeatureCollection<Point, { id: string }>;
	const labelAt = new Map(labels.features.map((f) => [f.properties.id, f.geometry.coordinates]));
	const withLabels = countries.map((c) => ({
		...c,
		label: labelAt.get(c.id) as LonLat | undefined
	}));
	return makeRegistry(places, [...withLabels, areaFromShape('crimea', 'Crimea', crimea)]);
}
