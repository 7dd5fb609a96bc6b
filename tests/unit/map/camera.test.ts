import { describe, expect, it } from 'vitest';
import { cameraFor } from '../../../src/lib/map/camera';
import { MAX_FIT_ZOOM } from '../../../src/lib/geo/framing';

/** Records what framing asks of MapLibre and answers like cameraForBounds does. */
function fakeMap(answer: { center: [number, number]; zoom: number } | undefined) {
	const asked: unknown[] = [];
	return {
		asked,
		cameraForBounds: (bounds: unknown, options: unknown) => {
			asked.push({ bounds, options });
			return answer;
		}
	};
}

const padding = { top: 10, right: 20, bottom: 30, left: 40 };

describe('cameraFor', () => {
	it('frames the scene bounds with the padding and a zoom cap, facing north', () => {
		const map = fakeMap({ center: [5, 48], zoom: 4 });
		const camera = cameraFor(
			map as never,
			{ kind: 'fit', bounds: [4, 46, 6, 50], points: [] },
			padding
		);
		expect(map.asked).toEqual([
			{
				bounds: [
					[4, 46],
					[6, 50]
				],
				options: { padding, maxZoom: MAX_FIT_ZOOM }
			}
		]);
		expect(camera).toEqual({ center: [5, 48], zoom: 4, bearing: 0, pitch: 0 });
	});

	it('does not pass the padding on, so it never becomes the map’s persistent padding', () => {
		const camera = cameraFor(
			fakeMap({ center: [0, 0], zoom: 2 }) as never,
			{ kind: 'fit', bounds: [0, 0, 1, 1], points: [] },
			padding
		);
		expect(camera).not.toHaveProperty('padding');
	});

	it('falls back to a world view centred on the bounds when nothing fits', () => {
		const camera = cameraFor(
			fakeMap(undefined) as never,
			{ kind: 'fit', bounds: [10, 40, 20, 50], points: [] },
			padding
		);
		expect(camera).toEqual({ center: [15, 45], zoom: 1, bearing: 0, pitch: 0 });
	});

	it('passes an explicit camera through unchanged', () => {
		const explicit = {
			kind: 'explicit' as const,
			center: [4, 50] as [number, number],
			zoom: 4,
			bearing: 10,
			pitch: 20
		};
		expect(cameraFor(fakeMap(undefined) as never, explicit, padding)).toEqual({
			center: [4, 50],
			zoom: 4,
			bearing: 10,
			pitch: 20
		});
	});
});
