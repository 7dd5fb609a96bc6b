import { describe, expect, it } from 'vitest';
import { stickyOffset } from '../../../src/lib/embed/sticky';

// A map 800 px tall whose place is 300 px down a frame, inside a column ending at 5000 px.
const map = { naturalTop: 300, height: 800, containerBottom: 5000 };

describe('placing the map as sticky would, from the host viewport', () => {
	it('leaves it in place while the viewport top is above it', () => {
		expect(stickyOffset({ ...map, viewTop: -600 })).toBe(0);
		expect(stickyOffset({ ...map, viewTop: 300 })).toBe(0);
	});

	it('keeps it at the viewport top while the viewport is within its column', () => {
		expect(stickyOffset({ ...map, viewTop: 1000 })).toBe(700);
		expect(stickyOffset({ ...map, viewTop: 4200 })).toBe(3900);
	});

	it('stops it at the bottom of its column', () => {
		expect(stickyOffset({ ...map, viewTop: 4500 })).toBe(3900);
		expect(stickyOffset({ ...map, viewTop: 90_000 })).toBe(3900);
	});

	it('never moves it when the column is no taller than the map', () => {
		expect(stickyOffset({ naturalTop: 0, height: 800, containerBottom: 600, viewTop: 300 })).toBe(
			0
		);
	});
});
