/** A key press as the key helpers see it, with no modifiers unless given. */
import type { KeyLike } from '../../src/lib/scrolly/keys';

export const press = (key: string, extra: Partial<KeyLike> = {}): KeyLike => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	target: null,
	...extra
});
