/**
 * The scene the map shows while a reader points at a map mark: the step being read, its layers
 * kept, with the mark's camera and the dot or name that says where it points. Pure and small: it
 * runs in the page.
 */
import type { Scene } from './types';

const byId = <T extends { id: string }>(items: T[]) =>
	items.filter((item, i) => items.findIndex((x) => x.id === item.id) === i);

/**
 * `scene` with the peek of mark `id` from the scene of the mark's own step (`from`, the same
 * step unless the mark sits in another one); `scene` itself when there is no such mark.
 */
export function peekScene(scene: Scene, id: string, from: Scene = scene): Scene {
	const peek = from.peeks.find((p) => p.id === id);
	if (!peek) return scene;
	return {
		...scene,
		camera: peek.camera,
		markers: byId([...scene.markers, ...peek.markers]),
		labels: byId([...peek.labels, ...scene.labels]),
		locator: peek.locator,
		// A dot drawn for another step's mark leads where that step's scene says.
		leads: { ...from.leads, ...scene.leads }
	};
}
