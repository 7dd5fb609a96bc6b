/**
 * Static maps of every step, rendered at build time from the files the live map loads. Reads the
 * map data once per build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATIC_MAP_FILES, STATIC_MAP_SIZE, staticMapData } from '../static-map/data.ts';
import { renderStaticMap, undrawable, type StaticMapData } from '../static-map/render.ts';
import type { Scene } from '../story/types';
import type { Scheme } from '../theme/theme.ts';
import { locatorWorldPath } from './locator-world.ts';

const loaded = new Map<string, StaticMapData>();

/** The static maps' data under a project root, read once per root. */
export function loadStaticMapData(root: string): StaticMapData {
	let data = loaded.get(root);
	if (data) return data;
	const read = (name: string) => JSON.parse(readFileSync(join(root, 'static/data', name), 'utf8'));
	data = staticMapData(
		{
			countries: read(STATIC_MAP_FILES.countries),
			borders: read(STATIC_MAP_FILES.borders),
			areas: read(STATIC_MAP_FILES.areas)
		},
		locatorWorldPath()
	);
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
