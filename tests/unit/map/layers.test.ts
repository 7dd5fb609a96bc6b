import { describe, expect, it } from 'vitest';
import { applyScene, idsInFilter, layerSettings, sourceData } from '../../../src/lib/map/layers';
import { arrowImage, hatchPattern } from '../../../src/lib/map/images';
import type { Scene } from '../../../src/lib/story/types';
import { theme } from '../../../src/lib/theme/theme';

/** A ten-line stand-in for the map: records every call the helpers make. */
function fakeMap() {
	const calls: unknown[][] = [];
	return {
		calls,
		setFilter: (...args: unknown[]) => void calls.push(['setFilter', ...args]),
		setLayoutProperty: (...args: unknown[]) => void calls.push(['setLayoutProperty', ...args]),
		getSource: (id: string) => ({
			setData: (data: unknown) => void calls.push(['setData', id, data])
		})
	};
}

const ids = (list: string[]) => ['in', ['get', 'id'], ['literal', list]];

const scene: Scene = {
	stepId: 'a',
	camera: { kind: 'fit', bounds: [0, 0, 1, 1], points: [] },
	highlight: ['UKR', 'USA'],
	highlights: [
		{ ids: ['UKR'], style: 0 },
		{ ids: ['USA'], style: 1 }
	],
	shades: [{ group: 'NATO', ids: ['BEL', 'USA'], style: 0 }],
	shaded: ['BEL', 'USA'],
	symbols: [],
	areas: [{ id: 'crimea', label: 'Crimea\n(annexed 2014)' }],
	overlays: [
		{
			id: 'airlift',
			role: 'movement',
			name: 'Airlift',
			arrow: true,
			source: 'S',
			geometry: {
				type: 'LineString',
				coordinates: [
					[37, 55],
					[76, 43]
				]
			},
			arrowheads: [{ at: [76, 43], angle: 120 }]
		}
	],
	markers: [
		{ id: 'geneva', name: 'Geneva', coordinates: [6, 46], note: 'Mon 10 Jan', side: 'left' }
	],
	labels: [{ id: 'UKR', name: 'Ukraine', kind: 'country', at: [31, 49], rank: 0 }],
	locator: null,
	fine: null,
	legend: [],
	description: '',
	peeks: [],
	leads: {}
};

describe('layerSettings', () => {
	it('filters each highlight set’s and each group’s layers to its own ids, and the rest to none', () => {
		const s = layerSettings(scene);
		expect(s['highlight-0']!.filter).toEqual(ids(['UKR']));
		expect(s['highlight-1-line']!.filter).toEqual(ids(['USA']));
		expect(s['highlight-2']!.filter).toEqual(ids([]));
		expect(s['group-0']!.filter).toEqual(ids(['BEL', 'USA']));
		expect(s['group-1']!.filter).toEqual(ids([]));
		expect(s['area-hatch']!.filter).toEqual(ids(['crimea']));
	});

	it('labels each area with the scene’s words for it', () => {
		expect(layerSettings(scene)['area-label']!.textField).toEqual([
			'match',
			['get', 'id'],
			'crimea',
			'Crimea\n(annexed 2014)',
			['get', 'name']
		]);
	});
});

describe('sourceData', () => {
	it('puts each marker’s note in its label and tells the style which side to try first', () => {
		const [marker] = sourceData(scene).markers!.features;
		expect(marker!.properties).toEqual({
			id: 'geneva',
			label: 'Geneva\nMon 10 Jan',
			side: 'left'
		});
	});

	it('carries context labels in the scene’s order, countries in capitals at their rank’s size', () => {
		const [label] = sourceData(scene)['context-labels']!.features;
		expect(label!.properties).toEqual({
			id: 'UKR',
			priority: 0,
			// Not a small state: its name goes on its point, not beside a symbol.
			small: false,
			name: 'UKRAINE',
			kind: 'country',
			size: theme.labels.country.sizes[0],
			spacing: theme.labels.letterSpacing
		});
		expect(label!.geometry).toEqual({ type: 'Point', coordinates: [31, 49] });
	});

	it('carries overlays with their role, and one arrowhead point per line end', () => {
		const { overlays, arrows } = sourceData(scene);
		expect(overlays!.features[0]!.properties).toEqual({
			id: 'airlift',
			role: 'movement',
			name: 'Airlift'
		});
		expect(arrows!.features).toEqual([
			{
				type: 'Feature',
				properties: { role: 'movement', angle: 120 },
				geometry: { type: 'Point', coordinates: [76, 43] }
			}
		]);
	});
});

describe('applyScene', () => {
	it('applies every setting and source the first time', () => {
		const map = fakeMap();
		applyScene(map as never, scene);
		expect(map.calls.filter((c) => c[0] === 'setFilter').length).toBe(
			Object.keys(layerSettings(scene)).length
		);
		expect(map.calls.filter((c) => c[0] === 'setData').map((c) => c[1])).toEqual([
			'markers',
			'symbols',
			'context-labels',
			'overlays',
			'arrows'
		]);
	});

	it('skips settings and sources that did not change', () => {
		const map = fakeMap();
		const before = applyScene(map as never, scene);
		map.calls.length = 0;
		applyScene(
			map as never,
			{ ...scene, highlights: [{ ids: ['KAZ'], style: 0 }, scene.highlights[1]!] },
			before
		);
		expect(map.calls).toEqual([
			['setFilter', 'highlight-0', ids(['KAZ'])],
			['setFilter', 'highlight-0-line', ids(['KAZ'])]
		]);
	});

	it('clears what an earlier scene showed: a scene without areas or overlays empties them', () => {
		const map = fakeMap();
		const before = applyScene(map as never, scene);
		map.calls.length = 0;
		applyScene(map as never, { ...scene, areas: [], overlays: [] }, before);
		expect(map.calls).toContainEqual(['setFilter', 'area-hatch', ids([])]);
		expect(map.calls).toContainEqual([
			'setData',
			'overlays',
			{ type: 'FeatureCollection', features: [] }
		]);
	});
});

describe('images', () => {
	it('hatchPattern draws one seamless diagonal stripe of the given width', () => {
		const { width, height, data } = hatchPattern(4, 1, '#ff0000');
		expect([width, height, data.length]).toEqual([4, 4, 64]);
		const opaque = (x: number, y: number) => data[(y * 4 + x) * 4 + 3] === 255;
		expect([opaque(0, 0), opaque(3, 1), opaque(1, 1), opaque(2, 1)]).toEqual([
			true,
			true,
			false,
			false
		]);
		expect(Array.from(data.slice(0, 3))).toEqual([255, 0, 0]);
	});

	it('arrowImage points up: narrow at the top row, full width at the bottom row', () => {
		const { data } = arrowImage(9, '#000000');
		const row = (y: number) =>
			Array.from({ length: 9 }, (_, x) => data[(y * 9 + x) * 4 + 3] === 255);
		expect(row(0).filter(Boolean)).toHaveLength(1);
		expect(row(0)[4]).toBe(true);
		expect(row(8).every(Boolean)).toBe(true);
	});
});

describe('idsInFilter', () => {
	it('reads back the ids a scene filter lets through', () => {
		expect(idsInFilter(layerSettings(scene)['highlight-0']!.filter)).toEqual(['UKR']);
		expect(idsInFilter(['in', ['get', 'id'], ['literal', []]])).toEqual([]);
	});

	it('reports nothing for a filter it did not write', () => {
		expect(idsInFilter(undefined)).toEqual([]);
		expect(idsInFilter(['==', ['get', 'id'], 'UKR'])).toEqual([]);
	});
});
