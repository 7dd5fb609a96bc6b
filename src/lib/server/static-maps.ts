/**
 * Static maps of every step, rendered at build time from the files the live map loads. Reads the
 * map data once per build.
 */
import { readFileSync } from 'node:fs';
import { rewind } from '@turf/rewind';
import { join } from 'node:path';
import { renderStaticMap, undrawable, type StaticMapData } from '../static-map/render.ts';
import type { Scene } from '../story/types';
import type { Scheme } from '../theme/theme.ts';
import { locatorWorldPath } from './locator-world.ts';

/** The static map's size in CSS pixels: 4:3, scaled to fit wherever it is shown. */
export const STATIC_MAP_SIZE = { width: 800, height: 600 };

const loaded = new Map<string, StaticMapData>();

/** The static maps' data under a project root, read once per root. */
export function loadStaticMapData(root: string): StaticMapData {
	let data = loaded.get(root);
	if (data) return data;
	const read = (name: string) => JSON.parse(readFileSync(join(root, 'static/data', name), 'utf8'));
	// GeoJSON winds outer rings anticlockwise; d3-geo draws on the sphere and reads that as "all
	// the world but this country", so the static map winds them the other way.
	const clockwise = <T>(fc: T): T => rewind(fc as never, { reverse: true }) as T;
	// Antarctica closes along the South Pole, which Mercator puts at infinity: clipped to the frame
	// it would cover the whole map. No story view reaches it, so the static maps leave it out.
	const countries = read('countries-story.geojson');
	countries.features = countries.features.filter(
		(f: { properties: { id: string } }) => f.properties.id !== 'ATA'
	);
	data = {
		countries: clockwise(countries),
		borders: read('borders-story.geojson'),
		areas: clockwise(read('areas.geojson')),
		world: locatorWorldPath()
	};
	loaded.set(root, data);
	return data;
}

export function staticMapSvg(scene: Scene, scheme: Scheme = 'light'): string {
	return renderStaticMap(scene, loadStaticMapData(process.cwd()), STATIC_MAP_SIZE, scheme);
}

/** Problems that would stop a scene's static map being drawn (checked before the build starts). */
export function staticMapProblems(scene: Scene, root = process.cwd()): string[] {
	return undrawable(
		scene,
		new Set(loadStaticMapData(root).countries.features.map((f) => f.properties.id))
	);
}
