/**
 * Scene camera → a MapLibre camera. Framing uses MapLibre's own `cameraForBounds`, so the fit
 * matches the projection the reader sees; an explicit camera passes through unchanged.
 */
import type { JumpToOptions, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { MAX_FIT_ZOOM } from '$lib/geo/framing';
import type { SceneCamera } from '$lib/story/types';

/**
 * The padding goes to `cameraForBounds` only: it already offsets the centre for uneven padding.
 * Passing it on to `flyTo` would also set the map's persistent padding and shift every later view.
 */
export function cameraFor(
	map: Pick<MapLibreMap, 'cameraForBounds'>,
	camera: SceneCamera,
	padding: PaddingOptions
): JumpToOptions {
	if (camera.kind === 'explicit') {
		const { center, zoom, bearing, pitch } = camera;
		return { center, zoom, bearing, pitch };
	}
	const [w, s, e, n] = camera.bounds;
	const fitted = map.cameraForBounds(
		[
			[w, s],
			[e, n]
		],
		{ padding, maxZoom: MAX_FIT_ZOOM }
	);
	// cameraForBounds returns undefined when the padding leaves no room; the world view is a safe fallback.
	return { ...(fitted ?? { center: [(w + e) / 2, (s + n) / 2], zoom: 1 }), bearing: 0, pitch: 0 };
}
