/**
 * The export's static maps, drawn in the page by the build's own renderer from the data the live
 * map uses: carrying every step's SVG (two schemes) would weigh more than the rest of the file.
 * Drawn only when one is shown (no WebGL, a lost context) and kept, in the reader's scheme then.
 */
import {
	STATIC_MAP_FILES,
	STATIC_MAP_SIZE,
	staticMapData,
	type StaticMapFiles
} from '$lib/static-map/data';
import { renderStaticMap, type StaticMapData } from '$lib/static-map/render';
import type { Scene } from '$lib/story/types';
import type { Scheme } from '$lib/theme/theme';
import type { ExportData } from './data';

/** An SVG as an address an <img> (or a srcset: no spaces) can show. */
export const svgUrl = (svg: string): string => `data:image/svg+xml,${encodeURIComponent(svg)}`;

export class StaticMaps {
	private prepared: StaticMapData | null = null;
	private drawn = new Map<string, string>();

	constructor(private data: ExportData) {}

	/** The address of a step's static map, drawn now (or before) in the reader's colour scheme. */
	url(stepId: string): string {
		const scheme: Scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
		const key = `${stepId} ${scheme}`;
		let url = this.drawn.get(key);
		if (!url) {
			url = svgUrl(renderStaticMap(this.scene(stepId), this.prepare(), STATIC_MAP_SIZE, scheme));
			this.drawn.set(key, url);
		}
		return url;
	}

	private scene(stepId: string): Scene {
		const scene = this.data.scenes.find((s) => s.stepId === stepId);
		if (!scene) throw new Error(`export: no step "${stepId}" in this story`);
		return scene;
	}

	private prepare(): StaticMapData {
		const file = (name: string) => {
			if (!(name in this.data.files)) throw new Error(`export: no data file "${name}"`);
			return this.data.files[name];
		};
		this.prepared ??= staticMapData(
			{
				countries: file(STATIC_MAP_FILES.countries),
				borders: file(STATIC_MAP_FILES.borders),
				areas: file(STATIC_MAP_FILES.areas)
			} as StaticMapFiles,
			this.data.worldPath
		);
		return this.prepared;
	}
}

/**
 * A static map's address that is drawn only when something reads it as text: a page asks for
 * every step's address up front (a card per step) but shows one at most. `String`'s own methods
 * (such as the `-dark.svg` swap) read it through `toString` too.
 */
export class LazyStaticMapUrl extends String {
	constructor(private draw: () => string) {
		super('');
	}
	override toString(): string {
		return this.draw();
	}
	override valueOf(): string {
		return this.draw();
	}
}
