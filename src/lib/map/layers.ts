/**
 * Scene → layer settings, and applying only what changed. The settings are plain data so tests can
 * compare them; `applyLayers` takes the map as an argument so a ten-line fake can stand in for it.
 */
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Scene } from '$lib/story/types';

export interface LayerSettings {
	filter?: FilterSpecification;
	visibility?: 'visible' | 'none';
	textField?: ExpressionSpecification | string;
	textAnchor?: ExpressionSpecification;
}

const ids = (list: string[]): FilterSpecification => ['in', ['get', 'id'], ['literal', [...list]]];

/** Labels to the left of their dot are anchored on their right edge, and the other way round. */
function anchors(scene: Scene): ExpressionSpecification {
	const left = scene.markers.filter((m) => m.side === 'left').map((m) => m.id);
	return ['case', ['in', ['get', 'id'], ['literal', left]], 'right', 'left'];
}

/** What every scene-dependent layer shows for this scene. */
export function layerSettings(scene: Scene): Record<string, LayerSettings> {
	const crimea = scene.crimea ? 'visible' : 'none';
	const notes = scene.markers.filter((m) => m.note);
	const textField: ExpressionSpecification | string = notes.length
		? ([
				'match',
				['get', 'id'],
				...notes.flatMap((m) => [m.id, `${m.name}\n${m.note}`]),
				['get', 'name']
			] as unknown as ExpressionSpecification)
		: ['get', 'name'];
	return {
		member: { filter: ids(scene.shaded) },
		'member-line': { filter: ids(scene.shaded) },
		highlight: { filter: ids(scene.highlight) },
		'highlight-line': { filter: ids(scene.highlight) },
		'crimea-hatch': { visibility: crimea },
		'crimea-line': { visibility: crimea },
		'crimea-label': { visibility: crimea },
		'country-label': { filter: ids(scene.labels) },
		'place-dot': { filter: ids(scene.markers.map((m) => m.id)) },
		'place-label': {
			filter: ids(scene.markers.map((m) => m.id)),
			textField,
			textAnchor: anchors(scene)
		}
	};
}

type LayerMap = Pick<MapLibreMap, 'setFilter' | 'setLayoutProperty'>;

/** Applies `next`, skipping every setting equal to `previous`. Returns `next` to keep as previous. */
export function applyLayers(
	map: LayerMap,
	next: Record<string, LayerSettings>,
	previous: Record<string, LayerSettings> = {}
): Record<string, LayerSettings> {
	const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
	for (const [layer, settings] of Object.entries(next)) {
		const before = previous[layer] ?? {};
		if (settings.filter && !same(settings.filter, before.filter))
			map.setFilter(layer, settings.filter);
		if (settings.visibility && settings.visibility !== before.visibility) {
			map.setLayoutProperty(layer, 'visibility', settings.visibility);
		}
		if (settings.textField && !same(settings.textField, before.textField)) {
			map.setLayoutProperty(layer, 'text-field', settings.textField);
		}
		if (settings.textAnchor && !same(settings.textAnchor, before.textAnchor)) {
			map.setLayoutProperty(layer, 'text-anchor', settings.textAnchor);
		}
	}
	return next;
}

/** The ids an `ids(...)` filter lets through: how the map reports what it really highlights. */
export function idsInFilter(filter: unknown): string[] {
	if (!Array.isArray(filter) || filter[0] !== 'in') return [];
	const literal = filter[2];
	return Array.isArray(literal) && literal[0] === 'literal' && Array.isArray(literal[1])
		? literal[1].filter((id): id is string => typeof id === 'string')
		: [];
}
