import { describe, expect, it } from 'vitest';
import { ViewChoice } from '../../../../src/lib/ui/story/view-choice.svelte';

function memory(initial: Record<string, string> = {}) {
	const store = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v)
	};
}

describe('ViewChoice', () => {
	it('opens in the scroll layout when nothing asks for another view', () => {
		const choice = new ViewChoice(memory());
		choice.open('');
		expect(choice.view).toBe('scroll');
	});

	it('remembers the reader’s choice for the next visit', () => {
		const storage = memory();
		new ViewChoice(storage).choose('steps');
		const next = new ViewChoice(storage);
		next.open('');
		expect(next.view).toBe('steps');
	});

	it('lets the address’s view win over the remembered one, without remembering it', () => {
		const storage = memory({ 'meridian:view': 'scroll' });
		const asked = new ViewChoice(storage);
		asked.open('?view=steps');
		expect(asked.view).toBe('steps');
		const next = new ViewChoice(storage);
		next.open('');
		expect(next.view).toBe('scroll');
	});

	it('falls back to scroll for a view it does not know, in the address or in storage', () => {
		const fromAddress = new ViewChoice(memory({ 'meridian:view': 'steps' }));
		fromAddress.open('?view=slides');
		expect(fromAddress.view).toBe('scroll');
		const fromStorage = new ViewChoice(memory({ 'meridian:view': 'sideways' }));
		fromStorage.open('');
		expect(fromStorage.view).toBe('scroll');
	});

	it('works where storage refuses to read or write', () => {
		const refusing = {
			getItem: (): string | null => {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		const choice = new ViewChoice(refusing);
		choice.open('');
		expect(choice.view).toBe('scroll');
		choice.choose('steps');
		expect(choice.view).toBe('steps');
		const none = new ViewChoice(null);
		none.open('');
		none.choose('steps');
		expect(none.view).toBe('steps');
	});
});
