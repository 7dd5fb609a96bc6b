import { describe, expect, it } from 'vitest';
import { shareLink, type Sharer } from '../../../src/lib/ui/share';

const LINK = { url: 'https://maps.example.org/stories/s/steps/geneva/', title: 'A story' };

/** A fake navigator that records what it was asked to do. */
function fake(parts: {
	share?: (data: ShareData) => Promise<void>;
	canShare?: boolean;
	copy?: 'ok' | 'refused' | 'absent';
}): Sharer & { shared: ShareData[]; copied: string[] } {
	const shared: ShareData[] = [];
	const copied: string[] = [];
	return {
		shared,
		copied,
		share: parts.share
			? (data) => {
					shared.push(data);
					return parts.share!(data);
				}
			: undefined,
		canShare: parts.canShare === undefined ? undefined : () => parts.canShare!,
		clipboard:
			parts.copy === 'absent'
				? undefined
				: {
						writeText: async (text) => {
							if (parts.copy === 'refused') throw new DOMException('denied', 'NotAllowedError');
							copied.push(text);
						}
					}
	};
}

const abort = () => Promise.reject(new DOMException('closed', 'AbortError'));

describe('shareLink', () => {
	it('opens the share sheet with the link and title where the browser has one, and copies nothing', async () => {
		const nav = fake({ share: async () => undefined, copy: 'ok' });
		expect(await shareLink(nav, LINK)).toBe('shared');
		expect(nav.shared).toEqual([LINK]);
		expect(nav.copied).toEqual([]);
	});

	it('takes a closed share sheet as the answer, without copying', async () => {
		const nav = fake({ share: abort, copy: 'ok' });
		expect(await shareLink(nav, LINK)).toBe('cancelled');
		expect(nav.copied).toEqual([]);
	});

	it('copies the link when the share sheet fails for another reason', async () => {
		const nav = fake({ share: () => Promise.reject(new TypeError('no')), copy: 'ok' });
		expect(await shareLink(nav, LINK)).toBe('copied');
		expect(nav.copied).toEqual([LINK.url]);
	});

	it('copies the link without a share sheet, or when the browser says it cannot share it', async () => {
		const none = fake({ copy: 'ok' });
		expect(await shareLink(none, LINK)).toBe('copied');
		expect(none.copied).toEqual([LINK.url]);
		const cannot = fake({ share: async () => undefined, canShare: false, copy: 'ok' });
		expect(await shareLink(cannot, LINK)).toBe('copied');
		expect(cannot.shared).toEqual([]);
	});

	it('reports a failure when the clipboard refuses or is missing', async () => {
		expect(await shareLink(fake({ copy: 'refused' }), LINK)).toBe('failed');
		expect(await shareLink(fake({ copy: 'absent' }), LINK)).toBe('failed');
	});
});
