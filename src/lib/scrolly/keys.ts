/**
 * Keys that move one step forward or back: J and K, which no browser uses for scrolling, so the
 * arrows, space and Page Up/Down keep scrolling the page as readers expect. Never taken while the
 * reader types in a field or holds a modifier.
 */

/** The part of a KeyboardEvent this needs (so tests can pass plain objects). */
export interface KeyLike {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	target: EventTarget | null;
}

/** Whether a key event comes from somewhere the reader types: those keys are never navigation. */
export function isEditable(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const el = target as HTMLElement;
	return el.isContentEditable || el.closest('input, textarea, select, [contenteditable]') !== null;
}

/** +1 for the next step, -1 for the previous one, 0 for a key this does not handle. */
export function stepDelta(event: KeyLike): -1 | 0 | 1 {
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
	if (isEditable(event.target)) return 0;
	if (event.key === 'j' || event.key === 'J') return 1;
	if (event.key === 'k' || event.key === 'K') return -1;
	return 0;
}
