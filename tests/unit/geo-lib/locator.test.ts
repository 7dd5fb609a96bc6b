import { describe, expect, it } from 'vitest';
import { locatorFor } from '../../../src/lib/geo/locator';

describe('the locator inset', () => {
	it('puts a view across 180° in the middle of the inset, not split at its edges', () => {
		// Tonga and Fiji, as data-bounds publishes them: west > east.
		const { rect, shifts } = locatorFor([176, -24, -172, -14], 4);
		expect(rect.x + rect.width / 2).toBeCloseTo(180, 0);
		expect(rect.width).toBeCloseTo(12);
		// The world is drawn twice, a turn apart, so both sides of 180° are land where they are.
		expect(shifts).toHaveLength(2);
		expect(Math.abs(shifts[0]! - shifts[1]!)).toBe(360);
	});

	it('centres a view of Europe on its own longitude', () => {
		const { rect, shifts } = locatorFor([10, 40, 30, 60], 4);
		expect(rect).toEqual({ x: 170, y: 30, width: 20, height: 20 });
		expect(shifts).toEqual([-20, 340]);
	});

	it('grows a city-sized view to the smallest mark a reader can see', () => {
		const { rect } = locatorFor([6.1, 46.1, 6.2, 46.3], 8);
		expect(rect.width).toBe(8);
		expect(rect.height).toBe(8);
	});
});
