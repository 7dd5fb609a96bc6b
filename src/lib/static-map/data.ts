/**
 * The static maps' data, made ready to draw from the files the live map loads: the same step for
 * the build (server/static-maps.ts) and for the one-file export, which draws its static maps in
 * the page from the data it carries.
 */
import { rewind } from '@turf/rewind';
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { StaticMapData } from './render.ts';
import { outlinesOf } from '../geo/outlines.ts';

type Props = { id: string; name: string };

export interface StaticMapFiles {
	/** countries-story.geojson */
	countries: FeatureCollection<Geometry, Props>;
	/** borders-story.geojson */
	borders: FeatureCollection<MultiLineString>;
	/** areas.geojson */
	areas: FeatureCollection<Geometry, Props>;
}

/** The static map's size in CSS pixels: 4:3, scaled to fit wherever it is shown. */
export const STATIC_MAP_SIZE = { width: 800, height: 600 };

/** The files the static maps draw from: countries, borders, areas (static/data/). */
export const STATIC_MAP_FILES = {
	countries: 'countries-story.geojson',
	borders: 'borders-story.geojson',
	areas: 'areas.geojson'
} as const;

/** The drawable data; `world` is the locator inset's outline (server/locator-world.ts). Leaves `files` as it is. */
export function staticMapData(files: StaticMapFiles, world: string): StaticMapData {
	// GeoJSON winds outer rings anticlockwise; d3-geo draws on the sphere and reads that as "all
	// the world but this country", so the static map winds them the other way.
	const clockwise = <T>(fc: T): T => rewind(fc as never, { reverse: true }) as T;
	// Antarctica closes along the South Pole, which Mercator puts at infinity: clipped to the frame
	// it would cover the whole map. No story view reaches it, so the static maps leave it out.
	const countries = {
		...files.countries,
		features: files.countries.features.filter((f) => f.properties.id !== 'ATA')
	};
	return {
		countries: clockwise(countries),
		outlines: outlinesOf(countries),
		borders: files.borders,
		areas: clockwise(files.areas),
		world
	};
}
