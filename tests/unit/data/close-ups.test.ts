import { describe, expect, it } from 'vitest';
import {
	clusterOf,
	MAX_CLUSTER_GROWTH,
	mergeRegions,
	regionId,
	unionArea,
	type Bounds
} from '../../../src/lib/data/close-ups.js';

const region = (bbox: Bounds) => ({ id: regionId(bbox), bbox });

describe('unionArea', () => {
	it('counts the area two boxes share once', () => {
		expect(
			unionArea([
				[0, 0, 10, 10],
				[5, 5, 15, 15]
			])
		).toBe(175);
	});

	it('adds apart boxes whole, and a box inside another adds nothing', () => {
		expect(
			unionArea([
				[0, 0, 2, 2],
				[10, 10, 13, 11],
				[0.5, 0.5, 1, 1]
			])
		).toBe(7);
	});
});

describe('mergeRegions', () => {
	it('merges two overlapping regions into the box around both, named by its corners', () => {
		const a = region([-3, 42, 23, 55]);
		const b = region([-5, 43, 15, 54]);
		expect(mergeRegions([a, b])).toEqual([
			{ id: 'W5N42-E23N55', bbox: [-5, 42, 23, 55], parts: [a.id, b.id].sort() }
		]);
	});

	it('merges regions that only touch along an edge', () => {
		const merged = mergeRegions([region([0, 0, 10, 10]), region([10, 2, 20, 8])]);
		expect(merged.map((c) => c.id)).toEqual(['E0N0-E20N10']);
	});

	it('merges a chain A–B–C into one, though A and C do not meet', () => {
		const a = region([0, 0, 10, 10]);
		const b = region([8, 0, 18, 10]);
		const c = region([16, 0, 26, 10]);
		const merged = mergeRegions([c, a, b]);
		expect(merged).toEqual([
			{ id: 'E0N0-E26N10', bbox: [0, 0, 26, 10], parts: [a.id, b.id, c.id].sort() }
		]);
	});

	it('merges again when a merged box meets a region neither part met', () => {
		const a = region([0, 0, 10, 10]);
		const b = region([5, 5, 15, 15]);
		// Meets the box around a and b (0–15 × 0–15), but neither a nor b.
		const c = region([11, 0, 20, 4]);
		expect(mergeRegions([a, b, c]).map((cl) => cl.id)).toEqual(['E0N0-E20N15']);
	});

	it('keeps regions apart that do not meet', () => {
		const europe = region([-5, 43, 15, 54]);
		const asia = region([60, 40, 80, 50]);
		expect(mergeRegions([europe, asia])).toEqual([
			{ ...asia, parts: [asia.id] },
			{ ...europe, parts: [europe.id] }
		]);
	});

	it('keeps apart regions whose merged box would be over twice the area they need', () => {
		// An L: two thin boxes meeting at a corner need 76 square degrees, their box 400.
		const across = region([0, 0, 20, 2]);
		const up = region([18, 0, 20, 20]);
		expect(20 * 20).toBeGreaterThan(MAX_CLUSTER_GROWTH * unionArea([across.bbox, up.bbox]));
		expect(mergeRegions([across, up]).map((c) => c.id)).toEqual([across.id, up.id].sort());
	});

	it('merges a pair whose box is within twice the area they need, though not the parts alone', () => {
		// Overlapping by a quarter: 175 needed, a box of 225 (1.3×).
		const merged = mergeRegions([region([0, 0, 10, 10]), region([5, 5, 15, 15])]);
		expect(merged.map((c) => c.id)).toEqual(['E0N0-E15N15']);
	});

	it('holds every part inside its cluster’s box, and each region once', () => {
		const regions = [
			region([-3, 42, 23, 55]),
			region([-5, 43, 15, 54]),
			region([-5, 46, 14, 56]),
			region([-5, 43, 15, 54]),
			region([60, 40, 80, 50])
		];
		const clusters = mergeRegions(regions);
		const parts = clusters.flatMap((c) => c.parts);
		expect(parts.sort()).toEqual([...new Set(regions.map((r) => r.id))].sort());
		for (const r of regions) {
			const [w, s, e, n] = clusterOf(r, clusters).bbox;
			expect(w <= r.bbox[0] && s <= r.bbox[1] && e >= r.bbox[2] && n >= r.bbox[3], r.id).toBe(true);
		}
	});

	it('makes no clusters of no regions', () => {
		expect(mergeRegions([])).toEqual([]);
	});
});

describe('clusterOf', () => {
	it('names the cluster that holds the region', () => {
		const a = region([0, 0, 10, 10]);
		const clusters = mergeRegions([a, region([8, 0, 18, 10])]);
		expect(clusterOf(a, clusters)).toEqual({ id: 'E0N0-E18N10', bbox: [0, 0, 18, 10] });
	});

	it('leaves a region no cluster holds as it is', () => {
		const a = region([0, 0, 10, 10]);
		expect(clusterOf(a, mergeRegions([region([40, 0, 50, 10])]))).toEqual(a);
	});
});
