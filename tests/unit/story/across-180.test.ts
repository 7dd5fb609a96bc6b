import { describe, expect, it } from 'vitest';
import { labelSide, within } from '../../../src/lib/story/scene';
import type { SceneCamera } from '../../../src/lib/story/types';

// Suva and Nuku‘alofa framed the short way: east past 180.
const PACIFIC: SceneCamera = {
	kind: 'fit',
	bounds: [178.44, -21.14, 184.8, -18.14],
	points: []
};

describe('a scene across 180°', () => {
	it('puts the label of a marker east of 180° on the side facing the middle of the view', () => {
		expect(labelSide([-175.2, -21.14], PACIFIC)).toBe('left');
		expect(labelSide([178.44, -18.14], PACIFIC)).toBe('right');
	});

	it('counts a place west of −180°’s written longitude as inside the framed box', () => {
		expect(within([-175.2, -21.14], PACIFIC)).toBe(true);
		expect(within([170, -20], PACIFIC)).toBe(false);
	});
});
