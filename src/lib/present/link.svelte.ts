/**
 * Keeps one story's presenter windows in step (the projector and the speaker view, in either
 * direction) over a BroadcastChannel. Where the browser has none, `available` says so and the
 * window works alone.
 */
import type { Deck } from '$lib/scrolly/deck.svelte';
import { channelName, readSyncMessage, type SyncMessage } from './sync';

export class PresenterLink {
	/** Whether this browser can link windows (false until `open`, and where BroadcastChannel is missing). */
	available = $state(false);
	private channel: BroadcastChannel | null = null;
	/** Whether this window has moved since it opened (and told the others). */
	private moved = false;

	/**
	 * `current` is the step this window shows; `onstep` shows a step another window moved to, without
	 * sending it back.
	 */
	constructor(
		private slug: () => string,
		private count: () => number,
		private current: () => number,
		private onstep: (index: number) => void
	) {}

	/** Joins the story's channel and asks the other windows where they are; returns the cleanup. */
	open(): () => void {
		if (typeof BroadcastChannel !== 'function') return () => undefined;
		const channel = new BroadcastChannel(channelName(this.slug()));
		channel.onmessage = (event: MessageEvent) => {
			const message = readSyncMessage(event.data, this.count());
			if (message?.kind === 'step') this.onstep(message.index);
			// An answer to our hello joins the others' step, unless the presenter has moved since:
			// that move has gone out to them, and the answer, sent before it arrived, is stale.
			if (message?.kind === 'here' && !this.moved) this.onstep(message.index);
			if (message?.kind === 'hello') this.post({ kind: 'here', index: this.current() });
		};
		this.channel = channel;
		this.available = true;
		this.post({ kind: 'hello' });
		return () => {
			channel.close();
			this.channel = null;
		};
	}

	/** Tells the other windows this one moved to a step. */
	send(index: number): void {
		this.moved = true;
		this.post({ kind: 'step', index });
	}

	private post(message: SyncMessage): void {
		this.channel?.postMessage(message);
	}
}

/**
 * A deck linked to the story's other presenter windows: its moves reach them, and theirs move it.
 * `makeDeck` builds the deck with the callback that tells the others of each move.
 */
export function linkedDeck<D extends Deck>(
	slug: () => string,
	makeDeck: (onmove: (index: number) => void) => D
): { deck: D; link: PresenterLink } {
	const link: PresenterLink = new PresenterLink(
		slug,
		() => deck.count,
		() => deck.index,
		(index) => deck.show(index)
	);
	const deck = makeDeck((index) => link.send(index));
	return { deck, link };
}
