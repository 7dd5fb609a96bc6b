import { describe, expect, it } from 'vitest';
import { staticState } from '../../../src/lib/map/static-state';
import type { Scene } from '../../../src/lib/story/types';

const base: Omit<Scene, 'camera'> = {
	stepId: 'talks',
	highlight: ['UKR', 'RUS'],
	highlights: [{ ids: ['UKR', 'RUS'], style: 0 }],
	shades: [{ group: 'NATO', ids: ['BEL', 'DNK'], style: 0 }],
	shaded: ['BEL', 'DNK'],
	symbols: [],
	areas: [],
	overlays: [],
	markers: [],
	locator: null,
	fine: null,
	labels: [],
	legend: [],
	description: 'A map.',
	peeks: [],
	leads: {}
};
const size = { width: 800, height: 600 };
const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('the published state of a static map', () => {
	it('names the step and its highlighted countries as the live map does', () => {
		const state = staticState({ ...base, camera: explicit([30, 50], 4) }, size, none);
		expect(state.activeStep).toBe('talks');
		expect(state.highlight).toBe('UKR RUS');
		expect(state.shaded).toBe('BEL DNK');
	});

	it("gives an explicit camera's centre and zoom, and bounds around them", () => {
		const state = staticState({ ...base, camera: explicit([30, 50], 4) }, size, none);
		expect(state.center).toBe('30.0000,50.0000');
		expect(state.zoom).toBe('4.00');
		const [w, s, e, n] = state.bounds.split(',').map(Number);
		// At zoom 4 a 512-px world is 8192 px wide: 800 px span 800 / 8192 × 360° of longitude.
		expect(e! - w!).toBeCloseTo((800 / 8192) * 360, 3);
		expect(s).toBeLessThan(50);
		expect(n).toBeGreaterThan(50);
	});

	it('frames fitted bounds inside the padded box, so they are all in view', () => {
		const camera: Scene['camera'] = { kind: 'fit', bounds: [20, 44, 40, 56], points: [] };
		const padding = { top: 40, right: 60, bottom: 40, left: 60 };
		const state = staticState({ ...base, camera }, size, padding);
		const [w, s, e, n] = state.bounds.split(',').map(Number);
		expect(w).toBeLessThan(20);
		expect(s).toBeLessThan(44);
		expect(e).toBeGreaterThan(40);
		expect(n).toBeGreaterThan(56);
		expect(Number(state.center.split(',')[0])).toBeCloseTo(30, 3);
	});
});

function explicit(center: [number, number], zoom: number): Scene['camera'] {
	return { kind: 'explicit', center, zoom, bearing: 0, pitch: 0 };
}
