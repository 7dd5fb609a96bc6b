import { describe, expect, it } from 'vitest';
import { clock } from '../../../src/lib/present/clock';

describe('clock', () => {
	it('shows minutes and seconds, then hours once a lesson runs past an hour', () => {
		expect(clock(0)).toBe('00:00');
		expect(clock(59.9)).toBe('00:59');
		expect(clock(61)).toBe('01:01');
		expect(clock(3599)).toBe('59:59');
		expect(clock(3600 + 62)).toBe('1:01:02');
	});
});
