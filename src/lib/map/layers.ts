/**
 * Scene → layer settings and source data, and applying only what changed. The settings are plain
 * data so tests can compare them; `applyScene` takes the map as an argument so a ten-line fake can
 * stand in for it.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSource,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Scene, SceneLabel } from '$lib/story/types';
import { contextLabelLook, MAX_GROUPS, MAX_HIGHLIGHTS } from '$lib/theme/theme';

export interface LayerSettings {
	filter?: FilterSpecification;
	textField?: ExpressionSpecification | string;
}

const ids = (list: string[]): FilterSpecification => ['in', ['get', 'id'], ['literal', [...list]]];
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The layers of highlight set `i` and group `i` (fill and outline), as style.ts names them. */
export const highlightLayers = (i: number) => [`highlight-${i}`, `highlight-${i}-line`];
export const groupLayers = (i: number) => [`group-${i}`, `group-${i}-line`];

/** What every scene-dependent layer of the base data shows for this scene. */
export function layerSettings(scene: Scene): Record<string, LayerSettings> {
	const settings: Record<string, LayerSettings> = {};
	for (const i of range(MAX_HIGHLIGHTS)) {
		const set = scene.highlights.find((h) => h.style === i)?.ids ?? [];
		for (const layer of highlightLayers(i)) settings[layer] = { filter: ids(set) };
	}
	for (const i of range(MAX_GROUPS)) {
		const set = scene.shades.find((s) => s.style === i)?.ids ?? [];
		for (const layer of groupLayers(i)) settings[layer] = { filter: ids(set) };
	}
	const areaIds = scene.areas.map((a) => a.id);
	settings['area-hatch'] = { filter: ids(areaIds) };
	settings['area-edge'] = { filter: ids(areaIds) };
	settings['area-label'] = {
		filter: ids(areaIds),
		textField: scene.areas.length
			? ([
					'match',
					['get', 'id'],
					...scene.areas.flatMap((a) => [a.id, a.label]),
					['get', 'name']
				] as unknown as ExpressionSpecification)
			: ['get', 'name']
	};
	return settings;
}

/** A context label as feature properties the style reads (its colours follow `kind`, style.ts). */
export function contextLook(label: SceneLabel) {
	const look = contextLabelLook(label.kind, label.rank);
	return {
		name: look.upper ? label.name.toUpperCase() : label.name,
		kind: label.kind,
		size: look.size,
		spacing: look.letterSpacing
	};
}

const collection = (features: FeatureCollection['features']): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/** The data of the sources a scene fills itself: its markers, overlays and their arrowheads. */
export function sourceData(scene: Scene): Record<string, FeatureCollection> {
	return {
		markers: collection(
			scene.markers.map((m) => ({
				type: 'Feature',
				properties: {
					id: m.id,
					label: m.note ? `${m.name}\n${m.note}` : m.name,
					// Which side of the dot the label tries first (one layer per side, style.ts).
					side: m.side
				},
				geometry: { type: 'Point', coordinates: m.coordinates }
			}))
		),
		symbols: collection(
			scene.symbols.map((sym) => ({
				type: 'Feature',
				properties: { id: sym.id, kind: sym.kind, style: sym.style },
				geometry: { type: 'Point', coordinates: sym.at }
			}))
		),
		'context-labels': collection(
			scene.labels.map((label, priority) => ({
				type: 'Feature',
				properties: { id: label.id, priority, small: label.small === true, ...contextLook(label) },
				geometry: { type: 'Point', coordinates: label.at }
			}))
		),
		overlays: collection(
			scene.overlays.map((o) => ({
				type: 'Feature',
				properties: { id: o.id, role: o.role, name: o.name },
				geometry: o.geometry
			}))
		),
		arrows: collection(
			scene.overlays.flatMap((o) =>
				o.arrowheads.map((a) => ({
					type: 'Feature' as const,
					properties: { role: o.role, angle: a.angle },
					geometry: { type: 'Point' as const, coordinates: a.at }
				}))
			)
		)
	};
}

export interface Applied {
	layers: Record<string, LayerSettings>;
	sources: Record<string, FeatureCollection>;
}

type SceneMap = Pick<MapLibreMap, 'setFilter' | 'setLayoutProperty' | 'getSource'>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Applies a scene's layers and sources, skipping everything equal to `previous`. Returns what to keep as previous. */
export function applyScene(
	map: SceneMap,
	scene: Scene,
	previous: Applied = { layers: {}, sources: {} }
): Applied {
	const layers = layerSettings(scene);
	for (const [layer, settings] of Object.entries(layers)) {
		const before = previous.layers[layer] ?? {};
		if (settings.filter && !same(settings.filter, before.filter))
			map.setFilter(layer, settings.filter);
		if (settings.textField && !same(settings.textField, before.textField)) {
			map.setLayoutProperty(layer, 'text-field', settings.textField);
		}
	}
	const sources = sourceData(scene);
	for (const [id, data] of Object.entries(sources)) {
		if (!same(data, previous.sources[id])) (map.getSource(id) as GeoJSONSource).setData(data);
	}
	return { layers, sources };
}

/** The ids an `ids(...)` filter lets through: how the map reports what it really draws. */
export function idsInFilter(filter: unknown): string[] {
	if (!Array.isArray(filter) || filter[0] !== 'in') return [];
	const literal = filter[2];
	return Array.isArray(literal) && literal[0] === 'literal' && Array.isArray(literal[1])
		? literal[1].filter((id): id is string => typeof id === 'string')
		: [];
}

/** The ids drawn by a family of layers (every highlight fill, every group fill), once each, in order. */
export function idsDrawn(map: Pick<MapLibreMap, 'getFilter'>, layers: string[]): string[] {
	return [...new Set(layers.flatMap((l) => idsInFilter(map.getFilter(l))))];
}
