import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../src/lib/server/registry';
import { symbolsOf } from '../../../src/lib/story/symbols';
import type { SceneCamera } from '../../../src/lib/story/types';

const registry = loadRegistry();
const fit = (bounds: [number, number, number, number]): SceneCamera => ({
	kind: 'fit',
	bounds,
	points: []
});
const PACIFIC = fit([177, -22, 188, -13]);
const WORLD = fit([-170, -50, 170, 70]);

describe('small states drawn as symbols', () => {
	it('draws Tonga, which the story map has no shape for, as a symbol at its label point', () => {
		const symbols = symbolsOf(
			{ camera: PACIFIC, highlights: [{ ids: ['TON', 'FJI'], style: 0 }], shades: [] },
			registry
		);
		expect(symbols.map((s) => s.id)).toEqual(['TON']);
		expect(symbols[0]).toMatchObject({ kind: 'highlight', style: 0 });
		// Next to the view across 180°, not on the far side of the map.
		expect(symbols[0]!.at[0]).toBeGreaterThan(180);
	});

	it('draws a country whose shape would be a speck at the step’s zoom, and not a large one', () => {
		const symbols = symbolsOf(
			{ camera: WORLD, highlights: [{ ids: ['MLT', 'FRA'], style: 1 }], shades: [] },
			registry
		);
		expect(symbols.map((s) => s.id)).toEqual(['MLT']);
	});

	it('shades a group’s small members in the group’s style, and a highlighted one once, as highlighted', () => {
		const symbols = symbolsOf(
			{
				camera: PACIFIC,
				highlights: [{ ids: ['TON'], style: 0 }],
				shades: [{ ids: ['TON', 'WSM', 'FJI'], style: 2 }]
			},
			registry
		);
		expect(symbols.map((s) => [s.id, s.kind, s.style])).toEqual([
			['TON', 'highlight', 0],
			['WSM', 'group', 2]
		]);
	});
});
