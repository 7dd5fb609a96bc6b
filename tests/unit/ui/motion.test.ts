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

describe('MotionPreference', () => {
	it('follows the system when the reader has not chosen (no reduced motion here)', () => {
		expect(new MotionPreference(memory()).animate).toBe(true);
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
