/**
 * A step's scene while a reader points at one of its map marks: the same layers, the mark's
 * camera, and the marker or name that says where it points. Pure and small: it runs in the page.
 */
import type { Scene } from './types';

/** The scene with the peek of mark `id`; the scene itself when it has no such mark. */
export function peekScene(scene: Scene, id: string): Scene {
	const peek = scene.peeks.find((p) => p.id === id);
	if (!peek) return scene;
	return {
		...scene,
		camera: peek.camera,
		markers: [...scene.markers, ...peek.markers],
		labels: [...peek.labels, ...scene.labels],
		locator: peek.locator
	};
}
