import { describe, expect, it } from 'vitest';
import { viewFor, withoutView } from '../../../src/lib/scrolly/view';

describe('viewFor', () => {
	it('reads the view an address asks for', () => {
		expect(viewFor('?view=steps')).toBe('steps');
		expect(viewFor('?view=scroll')).toBe('scroll');
		expect(viewFor('?utm_source=x&view=steps')).toBe('steps');
	});

	it('is null when the address asks for no view', () => {
		expect(viewFor('')).toBeNull();
		expect(viewFor('?utm_source=x')).toBeNull();
	});

	it('takes a view it does not know for the scroll layout', () => {
		for (const asked of ['slides', 'STEPS', '', '<script>', 'steps ']) {
			expect(viewFor(`?view=${encodeURIComponent(asked)}`)).toBe('scroll');
		}
	});
});

describe('withoutView', () => {
	it('takes the view out of a query and keeps the rest', () => {
		expect(withoutView('?view=steps')).toBe('');
		expect(withoutView('?a=1&view=steps&b=2')).toBe('?a=1&b=2');
		expect(withoutView('?a=1')).toBe('?a=1');
		expect(withoutView('')).toBe('');
	});
});
