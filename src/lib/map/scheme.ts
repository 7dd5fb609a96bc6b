/**
 * Switching the live map between the theme's light and dark colours without rebuilding it: every
 * paint property that differs is set on its layer, so the scene's filters, sources and camera stay
 * as they are. Takes the map as an argument, so a small fake can stand in for it.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

type PaintMap = Pick<MapLibreMap, 'setPaintProperty'>;

/** Sets each layer's paint properties from `next` wherever they differ from `current`. */
export function repaint(map: PaintMap, current: StyleSpecification, next: StyleSpecification) {
	const before = new Map(current.layers.map((l) => [l.id, l]));
	for (const layer of next.layers) {
		const paint = ('paint' in layer ? layer.paint : undefined) ?? {};
		const old = (before.get(layer.id) as { paint?: Record<string, unknown> } | undefined)?.paint;
		for (const [key, value] of Object.entries(paint)) {
			if (JSON.stringify(value) !== JSON.stringify(old?.[key])) {
				map.setPaintProperty(layer.id, key, value);
			}
		}
	}
}
