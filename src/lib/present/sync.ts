/**
 * The messages the presenter's windows send each other on one computer (BroadcastChannel): a window
 * that moves says which step it shows (`step`); a window that opens says hello, and the others
 * answer where they are (`here`), so a speaker view opened mid-lesson joins at the projector's step.
 * An answer is not a move: it arrives late, and must not undo a move made since the hello.
 */
export type SyncMessage =
	{ kind: 'step'; index: number } | { kind: 'here'; index: number } | { kind: 'hello' };

/** The channel of one story's windows: two stories presented at once never steer each other. */
export const channelName = (slug: string): string => `meridian-present:${slug}`;

/** A message from another window, checked: anything else (another version, a typo) is ignored. */
export function readSyncMessage(data: unknown, count: number): SyncMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const { kind, index } = data as Record<string, unknown>;
	if (kind === 'hello') return { kind };
	if (
		(kind === 'step' || kind === 'here') &&
		Number.isInteger(index) &&
		(index as number) >= 0 &&
		(index as number) < count
	)
		return { kind, index: index as number };
	return null;
}
