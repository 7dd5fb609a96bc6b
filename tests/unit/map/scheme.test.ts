import { describe, expect, it } from 'vitest';
import { repaint } from '../../../src/lib/map/scheme';
import { storyStyle } from '../../../src/lib/map/style';
import { darkColours, palette } from '../../../src/lib/theme/theme';

describe('repaint', () => {
	it('sets only the paint properties that differ between the light and the dark style', () => {
		const calls: unknown[][] = [];
		const map = { setPaintProperty: (...args: unknown[]) => void calls.push(args) };
		repaint(map as never, storyStyle('light'), storyStyle('dark'));
		expect(calls).toContainEqual(['sea', 'background-color', darkColours[palette.sea]]);
		expect(calls).toContainEqual(['land', 'fill-color', darkColours[palette.land]]);
		// Widths and opacities are the same in both schemes: left alone.
		expect(calls.some(([, key]) => String(key).endsWith('-width'))).toBe(false);
	});

	it('does nothing when the scheme has not changed', () => {
		const calls: unknown[][] = [];
		const map = { setPaintProperty: (...args: unknown[]) => void calls.push(args) };
		repaint(map as never, storyStyle('dark'), storyStyle('dark'));
		expect(calls).toEqual([]);
	});

	it('keeps the style’s layers, filters and sources the same in both schemes', () => {
		const [light, dark] = [storyStyle('light'), storyStyle('dark')];
		expect(dark.layers.map((l) => l.id)).toEqual(light.layers.map((l) => l.id));
		expect(dark.sources).toEqual(light.sources);
	});
});
