import { describe, expect, it } from 'vitest';
import { press } from '../../helpers/keys';
import { presenterAction, stepAfter } from '../../../src/lib/present/keys';

describe('presenterAction', () => {
	it('moves on with what clickers and keyboards send', () => {
		for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' '])
			expect(presenterAction(press(key))).toBe('next');
		for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp'])
			expect(presenterAction(press(key))).toBe('previous');
		expect(presenterAction(press(' ', { shiftKey: true }))).toBe('previous');
		expect(presenterAction(press('Home'))).toBe('first');
		expect(presenterAction(press('End'))).toBe('last');
	});

	it('ignores modified keys and keys typed into fields', () => {
		expect(presenterAction(press('ArrowRight', { ctrlKey: true }))).toBeNull();
		expect(presenterAction(press('PageDown', { altKey: true }))).toBeNull();
		expect(presenterAction(press('ArrowLeft', { metaKey: true }))).toBeNull();
		expect(presenterAction(press('ArrowRight', { shiftKey: true }))).toBeNull();
		const field = { isContentEditable: false, closest: () => ({}) };
		expect(presenterAction(press('ArrowRight', { target: field as never }))).toBeNull();
	});

	it('leaves other keys alone', () => {
		expect(presenterAction(press('a'))).toBeNull();
		expect(presenterAction(press('Tab'))).toBeNull();
	});
});

describe('stepAfter', () => {
	it('moves one step at a time and stops at both ends', () => {
		expect(stepAfter('next', 0, 3)).toBe(1);
		expect(stepAfter('next', 2, 3)).toBe(2);
		expect(stepAfter('previous', 0, 3)).toBe(0);
		expect(stepAfter('previous', 2, 3)).toBe(1);
		expect(stepAfter('first', 2, 3)).toBe(0);
		expect(stepAfter('last', 0, 3)).toBe(2);
	});
});
