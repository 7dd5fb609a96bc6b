import { describe, expect, it } from 'vitest';
import { MotionPreference } from '../../../src/lib/ui/motion.svelte';

function memory(initial: Record<string, string> = {}) {
	const store = new Map(Object.entries(initial));
	return {
		store,
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v)
	};
}

/** A system preference the test sets, changed later the way a reader changes the OS setting. */
function system(reduce: boolean) {
	return { current: reduce };
}

describe('MotionPreference', () => {
	it('follows the system when the reader has not chosen: still under reduced motion, animated otherwise', () => {
		expect(new MotionPreference(memory(), system(true)).animate).toBe(false);
		expect(new MotionPreference(memory(), system(false)).animate).toBe(true);
	});

	it('follows a change of the system setting while the page is open', () => {
		const query = system(false);
		const motion = new MotionPreference(memory(), query);
		query.current = true;
		expect(motion.animate).toBe(false);
	});

	it('lets the reader’s choice win over the system, in both directions', () => {
		expect(new MotionPreference(memory({ 'meridian:animation': 'on' }), system(true)).animate).toBe(
			true
		);
		expect(
			new MotionPreference(memory({ 'meridian:animation': 'off' }), system(false)).animate
		).toBe(false);
	});

	it('remembers the reader’s choice', () => {
		const storage = memory();
		const motion = new MotionPreference(storage);
		motion.set(false);
		expect(motion.animate).toBe(false);
		expect(new MotionPreference(storage).animate).toBe(false);
		motion.set(true);
		expect(new MotionPreference(storage).animate).toBe(true);
	});

	it('ignores a stored value it did not write', () => {
		expect(new MotionPreference(memory({ 'meridian:animation': 'sideways' })).choice).toBeNull();
	});

	it('keeps the choice for this visit when storage refuses it', () => {
		const motion = new MotionPreference({
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		});
		motion.set(false);
		expect(motion.animate).toBe(false);
	});
});

describe('browserStorage', () => {
	it('is null where reading storage throws, as in a blocked third-party iframe', async () => {
		const { browserStorage } = await import('../../../src/lib/ui/motion.svelte');
		const original = Object.getOwnPropertyDescriptor(globalThis, 'window');
		Object.defineProperty(globalThis, 'window', {
			configurable: true,
			value: {
				get localStorage(): Storage {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				}
			}
		});
		try {
			expect(browserStorage()).toBeNull();
		} finally {
			if (original) Object.defineProperty(globalThis, 'window', original);
			else delete (globalThis as { window?: unknown }).window;
		}
	});
});
