/**
 * The live map's shapes: static/data/story-map.json (geo/scripts/story-map.js), one quantised
 * TopoJSON topology of countries, borders and areas, decoded into the GeoJSON MapLibre's sources
 * take. Decoding runs a few dozen countries at a time and yields between batches, so a slow phone
 * never gets one long task for it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { outlinesOf } from '$lib/geo/outlines';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { STORY_MAP_FILE } from './data-file';

/** Countries decoded per task: about 5 ms each on a phone's CPU. */
const BATCH = 32;

export interface StoryMapData {
	countries: FeatureCollection;
	/** The countries' outlines without their cut edges along 180° (geo/outlines.ts): coasts and highlight edges. */
	outlines: FeatureCollection;
	borders: FeatureCollection;
	areas: FeatureCollection;
}

/** Lets the browser paint and handle input between batches. */
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

/** One object of the topology as a FeatureCollection, `BATCH` geometries per task. */
async function collection(
	topo: Topology,
	name: string,
	pause: () => Promise<void>
): Promise<FeatureCollection> {
	const object = topo.objects[name];
	if (!object) throw new Error(`${STORY_MAP_FILE} has no "${name}" object`);
	const geometries = (
		object.type === 'GeometryCollection' ? (object as GeometryCollection).geometries : [object]
	) as GeometryObject[];
	const features: Feature<Geometry>[] = [];
	for (let i = 0; i < geometries.length; i += BATCH) {
		if (i) await pause();
		const batch: GeometryCollection = {
			type: 'GeometryCollection',
			geometries: geometries.slice(i, i + BATCH)
		};
		features.push(...(feature(topo, batch) as FeatureCollection).features);
	}
	return { type: 'FeatureCollection', features };
}

/** Decodes the topology; `pause` is awaited between batches (the next task, by default). */
export async function decodeStoryMap(
	topo: Topology,
	pause: () => Promise<void> = nextTask
): Promise<StoryMapData> {
	const countries = await collection(topo, 'countries', pause);
	await pause();
	const borders = await collection(topo, 'borders', pause);
	const areas = await collection(topo, 'areas', pause);
	await pause();
	return { countries, outlines: outlinesOf(countries), borders, areas };
}
