/**
 * The registry of places and countries, built from the geo pipeline's outputs at build time. Crimea
 * is added as a focusable area from its own shape (it is never a country of its own).
 */
import type { FeatureCollection } from 'geojson';
import places from '../../../geo/places.json';
import countries from '../../../static/data/countries.json';
import crimea from '../../../static/data/crimea.geojson?raw';
import {
	areaFromShape,
	makeRegistry,
	type Country,
	type Place,
	type Registry
} from '$lib/story/registry';

// The pipeline validated these files when it wrote them (geo/README.md); here they are only typed.
export const registry: Registry = makeRegistry(places as unknown as Place[], [
	...(countries as unknown as Country[]),
	areaFromShape('crimea', 'Crimea', JSON.parse(crimea) as FeatureCollection)
]);
