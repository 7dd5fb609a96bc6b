import { describe, expect, it } from 'vitest';
import { overlayGeometry } from '../../../src/lib/story/overlay-geometry';

const SUVA = [178.44, -18.14];
const NUKUALOFA = [-175.2, -21.14];
const spanOf = (line: number[][]) =>
	Math.max(...line.map((p) => p[0]!)) - Math.min(...line.map((p) => p[0]!));

describe('overlay lines and zones across 180°', () => {
	it('draws a line from Suva to Nukuʻalofa the short way, a few degrees wide', () => {
		const g = overlayGeometry({ type: 'LineString', coordinates: [SUVA, NUKUALOFA] }, false);
		expect(spanOf(g.coordinates)).toBeLessThan(10);
	});

	it('joins a line written split at ±180°, as RFC 7946 asks, into one short line', () => {
		const g = overlayGeometry(
			{
				type: 'MultiLineString',
				coordinates: [
					[SUVA, [180, -19.6]],
					[[-180, -19.6], NUKUALOFA]
				]
			},
			false
		);
		expect(g.coordinates).toHaveLength(1);
		expect(spanOf(g.coordinates[0]!)).toBeLessThan(10);
	});

	it('keeps a line written with longitudes past 180 as it is', () => {
		const line = [SUVA, [184.8, -21.14]];
		expect(overlayGeometry({ type: 'LineString', coordinates: line }, false).coordinates).toEqual(
			line
		);
	});

	it('makes a zone’s ring continuous across 180°, still closed', () => {
		const ring = [
			[178, -20],
			[-178, -20],
			[-178, -16],
			[178, -16],
			[178, -20]
		];
		const g = overlayGeometry({ type: 'Polygon', coordinates: [ring] }, false);
		const out = g.coordinates[0]!;
		expect(spanOf(out)).toBe(4);
		expect(out[0]).toEqual(out.at(-1));
	});

	it('draws a line the long way round only when its author asks, through points both maps follow', () => {
		const g = overlayGeometry({ type: 'LineString', coordinates: [SUVA, NUKUALOFA] }, true);
		expect(spanOf(g.coordinates)).toBeGreaterThan(350);
		const steps = g.coordinates.slice(1).map((p, i) => Math.abs(p[0]! - g.coordinates[i]![0]!));
		expect(Math.max(...steps)).toBeLessThanOrEqual(10);
	});
});

describe('a zone written split at 180°', () => {
	it('is joined into one shape across 180°, with no edge down the meridian', () => {
		const g = overlayGeometry(
			{
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[177, -22],
							[180, -22],
							[180, -16],
							[177, -16],
							[177, -22]
						]
					],
					[
						[
							[-180, -22],
							[-173, -22],
							[-173, -16],
							[-180, -16],
							[-180, -22]
						]
					]
				]
			},
			false
		);
		expect(g.coordinates).toHaveLength(1);
		const ring = g.coordinates[0]![0]!;
		expect(Math.min(...ring.map((p) => p[0]!))).toBe(177);
		expect(Math.max(...ring.map((p) => p[0]!))).toBe(187);
		expect(ring.some(([x]) => x === 180)).toBe(false);
	});
});
