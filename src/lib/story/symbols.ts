/**
 * Which highlighted and shaded countries a scene draws as symbols: those the story map has no
 * shape for (Tonga, Samoa, Kiribati), and those whose shape would be a speck at the step's zoom
 * (Malta in a view of Europe and Africa). Pure, decided at build time; both maps draw the result.
 */
import { referenceCamera } from '../data/close-ups.js';
import { nearLon } from '../data/longitude.js';
import type { Registry } from './registry';
import type { Bounds, SceneCamera, SceneSymbol } from './types';

/**
 * A shape whose main part is under this many pixels across, at the zoom the static map (800×600)
 * frames the step with, gets a symbol too: below it a reader cannot see the colour.
 */
export const SMALL_STATE_PX = 6;

/** How many pixels a box is across, at a zoom (MapLibre's 512-pixel world at zoom 0). */
function pixelsAcross([w, s, e, n]: Bounds, zoom: number): number {
	const perDegree = (512 * 2 ** zoom) / 360;
	const mid = ((s + n) / 2) * (Math.PI / 180);
	// Mercator stretches latitude by 1/cos: a box's height in pixels is its degrees of latitude so
	// stretched, its width its degrees of longitude.
	return Math.max(e - w, (n - s) / Math.cos(mid)) * perDegree;
}

export function symbolsOf(
	scene: {
		camera: SceneCamera;
		highlights: { ids: string[]; style: number }[];
		shades: { ids: string[]; style: number }[];
	},
	registry: Registry
): SceneSymbol[] {
	const { centre, zoom } = referenceCamera(scene.camera);
	const seen = new Set<string>();
	const symbol = (id: string, kind: SceneSymbol['kind'], style: number): SceneSymbol[] => {
		if (seen.has(id)) return [];
		seen.add(id);
		const country = registry.countries.get(id);
		if (!country?.label) return [];
		const small =
			country.shapeless || pixelsAcross(country.frame ?? country.bbox, zoom) < SMALL_STATE_PX;
		if (!small) return [];
		return [{ id, at: [nearLon(country.label[0], centre[0]), country.label[1]], kind, style }];
	};
	// Highlights are drawn over groups: a country in both is a symbol in its highlight's style.
	return [
		...scene.highlights.flatMap((h) => h.ids.map((id) => symbol(id, 'highlight', h.style))),
		...scene.shades.flatMap((s) => s.ids.map((id) => symbol(id, 'group', s.style)))
	].flat();
}
