import { describe, expect, it } from 'vitest';

/**
 * The helpers are tested against fakes; this checks the real maplibre-gl still has every method
 * they and the controller call, so an upgrade that renames one fails here, not in a reader's browser.
 */
describe('maplibre-gl contract', () => {
	it('has every Map method the map folder calls', async () => {
		const { default: maplibregl } = await import('maplibre-gl');
		const used = [
			'setFilter',
			'setLayoutProperty',
			'getFilter',
			'cameraForBounds',
			'flyTo',
			'jumpTo',
			'isMoving',
			'once',
			'on',
			'getCenter',
			'getBounds',
			'getZoom',
			'getBearing',
			'getPitch',
			'addImage',
			'hasImage',
			'getSource',
			'addControl',
			'getCanvas',
			'resize',
			'remove',
			'queryRenderedFeatures',
			'setPaintProperty',
			'updateImage'
		];
		const missing = used.filter(
			(m) =>
				typeof (maplibregl.Map.prototype as unknown as Record<string, unknown>)[m] !== 'function'
		);
		expect(missing).toEqual([]);
		expect(typeof maplibregl.AttributionControl).toBe('function');
		expect(typeof maplibregl.GeoJSONSource.prototype.setData).toBe('function');
	});
});
