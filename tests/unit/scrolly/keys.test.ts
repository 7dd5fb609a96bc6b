import { describe, expect, it } from 'vitest';
import { press } from '../../helpers/keys';
import { stepDelta } from '../../../src/lib/scrolly/keys';

/** A stand-in for a DOM element: `closest` answers as the element's ancestry would. */
const element = (editable: boolean) => ({
	isContentEditable: false,
	closest: () => (editable ? {} : null)
});

describe('stepDelta', () => {
	it('moves forward on J and back on K', () => {
		expect(stepDelta(press('j'))).toBe(1);
		expect(stepDelta(press('k'))).toBe(-1);
	});

	it('leaves the browser’s scrolling keys alone', () => {
		for (const key of ['ArrowDown', 'ArrowUp', ' ', 'PageDown', 'PageUp', 'Home', 'End']) {
			expect(stepDelta(press(key))).toBe(0);
		}
	});

	it('never takes a key pressed with a modifier', () => {
		expect(stepDelta(press('j', { ctrlKey: true }))).toBe(0);
		expect(stepDelta(press('j', { metaKey: true }))).toBe(0);
		expect(stepDelta(press('j', { altKey: true }))).toBe(0);
		expect(stepDelta(press('J', { shiftKey: true }))).toBe(0);
	});

	it('never takes a key typed into a form field', () => {
		expect(stepDelta(press('j', { target: element(true) as never }))).toBe(0);
		expect(stepDelta(press('j', { target: element(false) as never }))).toBe(1);
	});
});
