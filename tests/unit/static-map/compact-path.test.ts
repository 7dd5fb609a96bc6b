import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { compactPath, MIN_STEP } from '../../../src/lib/static-map/compact-path';
import { pathPoints } from '../../helpers/path-points';

// Pixels in, pixels out (y down, as on screen), so each case says exactly what is drawn.
const draw = compactPath(geoIdentity());
const polygon = (...rings: [number, number][][]) => ({
	type: 'Polygon' as const,
	coordinates: rings
});

describe('compact static-map paths', () => {
	it('write each point as a move from the last, to a tenth of a pixel, and read back to the same shape', () => {
		const ring: [number, number][] = [
			[100.04, 200.06],
			[300.1, 200],
			[300, 400.26],
			[100, 400],
			[100.04, 200.06]
		];
		const d = draw(polygon(ring))!;
		expect(d).toMatch(/^m[^MLl]+z$/);
		const [read] = pathPoints(d);
		const want = ring.slice(0, -1);
		expect(read).toHaveLength(want.length);
		read!.forEach(([x, y], i) => {
			expect(x).toBeCloseTo(want[i]![0], 1);
			expect(y).toBeCloseTo(want[i]![1], 1);
		});
	});

	it('drop points within half a pixel of the last one kept, which no reader can see', () => {
		const ring: [number, number][] = [
			[0, 0],
			[10, 0],
			[10.2, 0.1],
			[10.3, 0.2],
			[10, 10],
			[0, 10],
			[0, 0]
		];
		const [read] = pathPoints(draw(polygon(ring))!);
		expect(read).toHaveLength(4);
		for (let i = 1; i < read!.length; i++) {
			const [[x0, y0], [x1, y1]] = [read![i - 1]!, read![i]!];
			expect(Math.hypot(x1 - x0, y1 - y0)).toBeGreaterThanOrEqual(MIN_STEP);
		}
	});

	it('leave out an island smaller than a pixel, and draw nothing when nothing is left', () => {
		const speck: [number, number][] = [
			[50, 50],
			[50.3, 50],
			[50.3, 50.3],
			[50, 50]
		];
		expect(draw(polygon(speck))).toBeNull();
		const island: [number, number][] = [
			[0, 0],
			[20, 0],
			[20, 20],
			[0, 0]
		];
		const shapes = pathPoints(
			draw({
				type: 'MultiPolygon',
				coordinates: [[island], [speck]]
			})!
		);
		expect(shapes).toHaveLength(1);
	});

	it('keep the end of a line even when it lies close to the point before', () => {
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[0, 0],
				[30, 0],
				[30.2, 0.1]
			]
		};
		const [read] = pathPoints(draw(line)!);
		expect(read!.at(-1)![0]).toBeCloseTo(30.2, 1);
		expect(read!.at(-1)![1]).toBeCloseTo(0.1, 1);
	});

	it('start each ring from where the last one closed, so many rings read back in place', () => {
		const square = (x: number, y: number): [number, number][] => [
			[x, y],
			[x + 10, y],
			[x + 10, y + 10],
			[x, y + 10],
			[x, y]
		];
		const shapes = pathPoints(
			draw({
				type: 'MultiPolygon',
				coordinates: [[square(5, 5)], [square(100, 50)], [square(-20, 300)]]
			})!
		);
		expect(shapes.map((s) => s[0])).toEqual([
			[5, 5],
			[100, 50],
			[-20, 300]
		]);
	});

	it('start every drawing from the origin, whatever the one before left behind', () => {
		const own = compactPath(geoIdentity());
		own({
			type: 'LineString',
			coordinates: [
				[0, 0],
				[30, 7]
			]
		});
		const [read] = pathPoints(
			own(
				polygon([
					[40, 40],
					[60, 40],
					[60, 60],
					[40, 40]
				])
			)!
		);
		expect(read![0]).toEqual([40, 40]);
	});
});
