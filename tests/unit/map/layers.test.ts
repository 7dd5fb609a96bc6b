import { describe, expect, it } from 'vitest';
import { applyLayers, idsInFilter, layerSettings } from '../../../src/lib/map/layers';
import { hatchPattern } from '../../../src/lib/map/hatch';
import type { Scene } from '../../../src/lib/story/types';

/** A ten-line stand-in for the map: records every call the helpers make. */
function fakeMap() {
	const calls: unknown[][] = [];
	return {
		calls,
		setFilter: (...args: unknown[]) => void calls.push(['setFilter', ...args]),
		setLayoutProperty: (...args: unknown[]) => void calls.push(['setLayoutProperty', ...args])
	};
}

const scene: Scene = {
	stepId: 'a',
	camera: { kind: 'fit', bounds: [0, 0, 1, 1], points: [] },
	highlight: ['UKR'],
	shaded: ['BEL', 'USA'],
	crimea: true,
	markers: [
		{ id: 'geneva', name: 'Geneva', coordinates: [6, 46], note: 'Mon 10 Jan', side: 'left' }
	],
	labels: ['UKR'],
	legend: [],
	description: ''
};

describe('layerSettings', () => {
	it('filters each scene layer to the scene’s ids', () => {
		const s = layerSettings(scene);
		expect(s.highlight!.filter).toEqual(['in', ['get', 'id'], ['literal', ['UKR']]]);
		expect(s.member!.filter).toEqual(['in', ['get', 'id'], ['literal', ['BEL', 'USA']]]);
		expect(s['place-dot']!.filter).toEqual(['in', ['get', 'id'], ['literal', ['geneva']]]);
		expect(s['crimea-hatch']!.visibility).toBe('visible');
	});

	it('anchors each marker label on the side the scene chose', () => {
		expect(layerSettings(scene)['place-label']!.textAnchor).toEqual([
			'case',
			['in', ['get', 'id'], ['literal', ['geneva']]],
			'right',
			'left'
		]);
	});

	it('adds marker notes to their labels', () => {
		expect(layerSettings(scene)['place-label']!.textField).toEqual([
			'match',
			['get', 'id'],
			'geneva',
			'Geneva\nMon 10 Jan',
			['get', 'name']
		]);
	});
});

describe('applyLayers', () => {
	it('applies every setting the first time', () => {
		const map = fakeMap();
		applyLayers(map as never, layerSettings(scene));
		expect(map.calls.length).toBeGreaterThanOrEqual(10);
	});

	it('skips settings that did not change', () => {
		const map = fakeMap();
		const before = applyLayers(map as never, layerSettings(scene));
		map.calls.length = 0;
		applyLayers(map as never, layerSettings({ ...scene, highlight: ['KAZ'] }), before);
		expect(map.calls).toEqual([
			['setFilter', 'highlight', ['in', ['get', 'id'], ['literal', ['KAZ']]]],
			['setFilter', 'highlight-line', ['in', ['get', 'id'], ['literal', ['KAZ']]]]
		]);
	});

	it('clears what an earlier scene showed: a scene without Crimea hides it', () => {
		const map = fakeMap();
		const before = applyLayers(map as never, layerSettings(scene));
		map.calls.length = 0;
		applyLayers(map as never, layerSettings({ ...scene, crimea: false }), before);
		expect(map.calls).toContainEqual(['setLayoutProperty', 'crimea-hatch', 'visibility', 'none']);
	});
});

describe('hatchPattern', () => {
	it('draws one seamless diagonal stripe of the given width', () => {
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
});

describe('idsInFilter', () => {
	it('reads back the ids a scene filter lets through', () => {
		expect(idsInFilter(layerSettings(scene).highlight!.filter)).toEqual(['UKR']);
		expect(idsInFilter(['in', ['get', 'id'], ['literal', []]])).toEqual([]);
	});

	it('reports nothing for a filter it did not write', () => {
		expect(idsInFilter(undefined)).toEqual([]);
		expect(idsInFilter(['==', ['get', 'id'], 'UKR'])).toEqual([]);
	});
});
