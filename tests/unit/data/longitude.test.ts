import { describe, expect, it } from 'vitest';
import {
	joinAtAntimeridian,
	lonWithin,
	nearLon,
	shortestSpan,
	unwrapBounds,
	unwrapLine,
	wrapBounds,
	wrapLon
} from '../../../src/lib/data/longitude.js';

const NUKUALOFA: [number, number] = [-175.2, -21.14];
const SUVA: [number, number] = [178.44, -18.14];

describe('longitude on a round world', () => {
	it('wraps longitudes into −180…180 and keeps 180 itself', () => {
		expect(wrapLon(190)).toBe(-170);
		expect(wrapLon(-190)).toBe(170);
		expect(wrapLon(180)).toBe(180);
		expect(wrapLon(540)).toBe(180);
		expect(wrapLon(12.5)).toBe(12.5);
	});

	it('moves a longitude by whole turns next to another', () => {
		expect(nearLon(-175.2, 178)).toBeCloseTo(184.8);
		expect(nearLon(30, -100)).toBe(30);
		expect(nearLon(30, -170)).toBe(-330);
	});

	it('frames Tonga and Fiji across 180° in a span a few degrees wide, not round the world', () => {
		const [w, e] = shortestSpan([
			[NUKUALOFA[0], NUKUALOFA[0]],
			[SUVA[0], SUVA[0]]
		]);
		expect(w).toBeCloseTo(178.44);
		expect(e).toBeCloseTo(184.8);
	});

	it('gives the plain minimum and maximum when the places do not cross 180°', () => {
		expect(
			shortestSpan([
				[-9.1, -9.1],
				[37.6, 37.6],
				[2.35, 2.35]
			])
		).toEqual([-9.1, 37.6]);
		// The Americas and Europe: 165° the plain way is shorter than 195° across the Pacific.
		expect(
			shortestSpan([
				[-125, -125],
				[40, 40]
			])
		).toEqual([-125, 40]);
	});

	it('takes a country box already past 180 (Russia with Chukotka) as one span', () => {
		expect(
			shortestSpan([
				[19.6, 190.28],
				[-150, -150]
			])
		).toEqual([19.6, 210]);
	});

	it('says the whole world when nothing shorter holds every span', () => {
		expect(
			shortestSpan([
				[-180, 60],
				[50, 200]
			])
		).toEqual([-180, 180]);
	});

	it('tells whether a longitude lies in a span across 180°', () => {
		expect(lonWithin(-178, 170, 190)).toBe(true);
		expect(lonWithin(-178, 170, -170)).toBe(true);
		expect(lonWithin(0, 170, 190)).toBe(false);
		expect(lonWithin(10, -20, 20)).toBe(true);
	});

	it('publishes a view across 180° with west greater than east, and unwraps it back', () => {
		expect(wrapBounds([170, -25, 190, -10])).toEqual([170, -25, -170, -10]);
		expect(unwrapBounds([170, -25, -170, -10])).toEqual([170, -25, 190, -10]);
		expect(wrapBounds([-20, 30, 40, 60])).toEqual([-20, 30, 40, 60]);
		expect(wrapBounds([100, -60, 180, 10])).toEqual([100, -60, 180, 10]);
		expect(wrapBounds([-200, -60, 300, 10])).toEqual([-180, -60, 180, 10]);
	});

	it('makes a line go the short way between its points', () => {
		expect(unwrapLine([NUKUALOFA, SUVA])[1]![0]).toBeCloseTo(178.44 - 360);
		expect(unwrapLine([SUVA, NUKUALOFA])[1]![0]).toBeCloseTo(184.8);
	});

	it('joins a line written split at ±180°, as RFC 7946 asks, into one line', () => {
		const joined = joinAtAntimeridian([
			[SUVA, [180, -19.5]],
			[[-180, -19.5], NUKUALOFA]
		]);
		expect(joined).toHaveLength(1);
		expect(joined[0]!.map((p) => p[0])).toEqual([178.44, 180, 184.8]);
	});

	it('keeps parts that do not meet at 180° apart', () => {
		expect(
			joinAtAntimeridian([
				[
					[0, 0],
					[1, 1]
				],
				[
					[5, 5],
					[6, 6]
				]
			])
		).toHaveLength(2);
	});
});
