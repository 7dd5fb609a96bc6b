import { describe, expect, it } from 'vitest';
import { channelName, readSyncMessage } from '../../../src/lib/present/sync';

describe('readSyncMessage', () => {
	it('accepts a hello, and a step the story has as a move or as the answer to a hello', () => {
		expect(readSyncMessage({ kind: 'hello' }, 5)).toEqual({ kind: 'hello' });
		expect(readSyncMessage({ kind: 'here', index: 2 }, 5)).toEqual({ kind: 'here', index: 2 });
		expect(readSyncMessage({ kind: 'step', index: 0 }, 5)).toEqual({ kind: 'step', index: 0 });
		expect(readSyncMessage({ kind: 'step', index: 4 }, 5)).toEqual({ kind: 'step', index: 4 });
	});

	it('ignores steps outside the story and anything that is not a message', () => {
		for (const data of [
			{ kind: 'step', index: 5 },
			{ kind: 'step', index: -1 },
			{ kind: 'step', index: 1.5 },
			{ kind: 'step', index: '2' },
			{ kind: 'here', index: 5 },
			{ kind: 'jump', index: 1 },
			'step',
			null,
			undefined
		])
			expect(readSyncMessage(data, 5)).toBeNull();
	});

	it('gives each story its own channel', () => {
		expect(channelName('a')).not.toBe(channelName('b'));
	});
});
