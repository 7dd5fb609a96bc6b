/**
 * Handing a link on: the system's share sheet where the browser has one (Web Share API), else the
 * clipboard. Takes the browser's `navigator` as an argument, so tests can pass a fake.
 */

/** The parts of `navigator` this uses; each may be missing (Firefox and Linux browsers have no share sheet). */
export interface Sharer {
	share?: (data: ShareData) => Promise<void>;
	canShare?: (data: ShareData) => boolean;
	clipboard?: { writeText(text: string): Promise<void> };
}

/** What happened, for the message the reader hears. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareLink(
	sharer: Sharer,
	data: { url: string; title: string }
): Promise<ShareOutcome> {
	if (sharer.share && (sharer.canShare?.(data) ?? true)) {
		try {
			await sharer.share(data);
			return 'shared';
		} catch (e) {
			// The reader closed the share sheet: that is their answer, not a reason to copy instead.
			if (e instanceof Error && e.name === 'AbortError') return 'cancelled';
		}
	}
	try {
		if (!sharer.clipboard) return 'failed';
		await sharer.clipboard.writeText(data.url);
		return 'copied';
	} catch {
		return 'failed';
	}
}

/** The message announced for each outcome (`failed` is followed by the link itself, to copy by hand). */
export const SHARE_MESSAGES: Record<ShareOutcome, string> = {
	shared: 'Link to this step shared.',
	copied: 'Link to this step copied.',
	cancelled: 'Sharing cancelled.',
	failed: 'Could not copy the link. Here it is to copy:'
};
