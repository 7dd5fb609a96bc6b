/**
 * A story's regions of finer shapes: each close-up step's own region (fineRegionOf), merged into
 * clusters (mergeRegions) so that close-ups of one part of the world share one file. The geo
 * pipeline makes the same clusters from the same cameras (geo/lib/story-frames.js).
 */
import { clusterOf, fineRegionOf, mergeRegions } from '../data/close-ups.js';
import { placesOf, stepCamera } from './focus.ts';
import type { Registry } from './registry';
import type { Scene, SceneCamera, Story } from './types';

/** A cluster of close-up regions: its box, its file's id, and the ids of the regions it holds. */
export type FineCluster = ReturnType<typeof mergeRegions>[number];

/** The story's clusters of close-up regions, one file of finer shapes each. */
export function fineRegionsOf(story: Pick<Story, 'steps' | 'places'>, registry: Registry) {
	const places = placesOf(story, registry);
	return mergeRegions(
		story.steps.flatMap((step) => {
			const region = fineRegionOf(stepCamera(step.map, registry, places));
			return region ? [region] : [];
		})
	);
}

/**
 * The region of finer shapes a camera's close-up draws: the story's cluster that holds the
 * camera's own region, so its box holds that region by construction; null if not a close-up.
 */
export function fineRegionIn(camera: SceneCamera, clusters: readonly FineCluster[]): Scene['fine'] {
	const own = fineRegionOf(camera);
	return own && clusterOf(own, clusters);
}
