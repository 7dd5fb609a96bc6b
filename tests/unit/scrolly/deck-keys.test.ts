import { describe, expect, it } from 'vitest';
import { press } from '../../helpers/keys';
import { deckAction, stepAfter } from '../../../src/lib/scrolly/deck-keys';

describe('deckAction', () => {
	it('moves on with what clickers and keyboards send', () => {
		for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' '])
			expect(deckAction(press(key))).toBe('next');
		for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp'])
			expect(deckAction(press(key))).toBe('previous');
		expect(deckAction(press(' ', { shiftKey: true }))).toBe('previous');
		expect(deckAction(press('Home'))).toBe('first');
		expect(deckAction(press('End'))).toBe('last');
	});

	it('ignores modified keys and keys typed into fields', () => {
		expect(deckAction(press('ArrowRight', { ctrlKey: true }))).toBeNull();
		expect(deckAction(press('PageDown', { altKey: true }))).toBeNull();
		expect(deckAction(press('ArrowLeft', { metaKey: true }))).toBeNull();
		expect(deckAction(press('ArrowRight', { shiftKey: true }))).toBeNull();
		const field = { isContentEditable: false, closest: () => ({}) };
		expect(deckAction(press('ArrowRight', { target: field as never }))).toBeNull();
	});

	it('leaves other keys alone', () => {
		expect(deckAction(press('a'))).toBeNull();
		expect(deckAction(press('Tab'))).toBeNull();
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
