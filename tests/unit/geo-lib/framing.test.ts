import { describe, expect, it } from 'vitest';
import { baseMargin, framePadding } from '../../../src/lib/geo/framing';

describe('framePadding', () => {
	it('uses margins that grow with the map, wider at the sides where labels run', () => {
		expect(framePadding({ width: 800, height: 600 })).toEqual({
			top: 48,
			right: 112,
			bottom: 48,
			left: 112
		});
		expect(baseMargin({ width: 150, height: 200 })).toEqual({ vertical: 20, horizontal: 24 });
		expect(baseMargin({ width: 3000, height: 2000 })).toEqual({ vertical: 80, horizontal: 150 });
	});

	it('pushes the bottom edge above a legend in the bottom-left corner', () => {
		const legend = { x: 12, y: 480, width: 300, height: 90 };
		const p = framePadding({ width: 800, height: 600 }, [legend]);
		expect(p.bottom).toBe(600 - 480 + 24);
		expect(p.left).toBe(112);
	});

	it('pushes the left edge past a tall panel on the left', () => {
		const panel = { x: 0, y: 0, width: 200, height: 600 };
		const p = framePadding({ width: 1000, height: 600 }, [panel]);
		expect(p.left).toBe(200 + 24);
	});

	it('always leaves at least 40% of the map for the framed places', () => {
		const huge = { x: 0, y: 50, width: 400, height: 550 };
		const p = framePadding({ width: 400, height: 600 }, [huge]);
		expect(p.top + p.bottom).toBeLessThanOrEqual(600 * 0.6);
		expect(p.left + p.right).toBeLessThanOrEqual(400 * 0.6);
	});

	it('ignores empty overlays', () => {
		expect(
			framePadding({ width: 800, height: 600 }, [{ x: 0, y: 0, width: 0, height: 0 }])
		).toEqual(framePadding({ width: 800, height: 600 }));
	});
});
