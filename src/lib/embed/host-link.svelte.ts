/**
 * The embed page's side of the host protocol (./protocol.ts, EMBEDDING.md): listens for the host's
 * viewport, reports the page's height and each settled step, and asks the host to scroll for J/K.
 *
 * The frame is in one of three modes:
 * - `scroll`: a plain fixed-height iframe, or no host script at all. The story scrolls inside
 *   the frame as on its own page. Nothing is resized, so the frame works with no host help.
 * - `synced`: an allowed host sends its viewport (Meridian's `/embed.js`, or pym.js with
 *   `trackscroll`). The frame is sized to the whole story and follows the host's scroll.
 * - `flow`: a pym.js parent sizes the frame but sends no viewport, so nothing could follow the
 *   scroll. The story reads top to bottom with a static map in each step.
 */
import { tick } from 'svelte';
import {
	hostAllowed,
	isHello,
	layoutHeight,
	pymChildId,
	pymMessage,
	PROTOCOL_VERSION,
	readHostMessage,
	type FrameMessage,
	type HostViewport,
	type StepState
} from './protocol';

export type EmbedMode = 'scroll' | 'synced' | 'flow';

/** How long a host gets to size the frame after it reports its height. */
const SIZE_GRACE_MS = 3000;

/**
 * How long a host viewport may wait for an animation frame before it is applied anyway: a frame
 * scrolled out of view gets no animation frames, yet its story must still follow the host.
 */
const HIDDEN_APPLY_MS = 100;

export class HostLink {
	mode = $state<EmbedMode>('scroll');
	/** The host's viewport as it is now (then `mode` is `synced`): places the trigger line and map. */
	viewport = $state.raw<HostViewport | null>(null);
	/**
	 * The viewport the story is laid out for, and the frame width it was chosen at: its height is
	 * stable while a phone's address bar moves (see `layoutHeight`).
	 */
	layout = $state.raw<{ height: number; width: number } | null>(null);
	/** Whether the size check has seen the host give this frame the height it reported. */
	sized = $state(false);

	#childId: string | null = null;
	/** The origin of the allowed host that sent a valid viewport: replies go there and only there. */
	#hostOrigin: string | null = null;
	#via: 'meridian' | 'pym' = 'meridian';
	/** The last height reported, and the pending check that the host applied it. */
	#reported = 0;
	#check = 0;
	#checkFrame = 0;
	/** The newest host viewport not yet applied, and the frame and timer that will apply it. */
	#pending: { viewport: HostViewport; origin: string; via: 'meridian' | 'pym' } | null = null;
	#applyFrame = 0;
	#applyTimer = 0;
	/** Set when a host synced but never gave the frame its height: from then on, a plain iframe. */
	#gaveUp = false;

	/** `allowed`: host origins that may drive the frame (EMBED_ORIGINS); empty allows any. */
	constructor(private allowed: readonly string[]) {}

	/** Starts listening, if this page is in a frame at all; returns the cleanup. */
	start(): () => void {
		if (window.parent === window) return () => {};
		this.#childId = pymChildId(location.search);
		// A pym parent sizes its frame from our height messages and gives it no scrollbar, so
		// the story must be laid out to be read at full height from the start.
		if (this.#childId !== null) this.mode = 'flow';

		const onMessage = (event: MessageEvent) => {
			if (event.source !== window.parent || !hostAllowed(event.origin, this.allowed)) return;
			if (this.#gaveUp) return;
			if (isHello(event.data)) this.#send({ type: 'meridian:ready', version: PROTOCOL_VERSION });
			const viewport = readHostMessage(event.data, this.#childId);
			if (viewport) this.#queue(viewport, event);
		};
		window.addEventListener('message', onMessage);

		// Auto-sizing: report the page's height whenever it changes, once a host sizes the frame.
		const sizes = new ResizeObserver(() => this.#reportHeight());
		sizes.observe(document.documentElement);

		this.#send({ type: 'meridian:ready', version: PROTOCOL_VERSION });
		return () => {
			this.#cancelCheck();
			cancelAnimationFrame(this.#applyFrame);
			clearTimeout(this.#applyTimer);
			window.removeEventListener('message', onMessage);
			sizes.disconnect();
		};
	}

	#reportHeight() {
		if (this.mode === 'scroll') return;
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === this.#reported) return;
		this.#reported = height;
		this.#send({ type: 'meridian:height', version: PROTOCOL_VERSION, height });
		this.#sendPym('height', String(height));
		// pym resends the viewport only on scroll: ask, since the frame's place may have moved.
		if (this.#via === 'pym' && this.mode === 'synced') this.#sendPym('parentPositionInfo', '');
		// A host whose CSS pins the iframe's height (`!important`, an aspect-ratio box) syncs but
		// never sizes the frame: the story would be cut off with no way to scroll. Check, and go
		// back to being a plain iframe that scrolls inside itself.
		// A newer height restarts the grace: a check already waiting on animation frames would
		// otherwise judge the host by a height it has not had time to apply.
		this.#cancelCheck();
		this.#check = window.setTimeout(() => {
			// Chromium pauses hidden cross-origin frames, and a paused frame's `innerHeight` is
			// stale: check once the frame has drawn twice, which it does only once it is drawing again.
			this.#checkFrame = requestAnimationFrame(() => {
				this.#checkFrame = requestAnimationFrame(() => this.#checkSized(height));
			});
		}, SIZE_GRACE_MS);
	}

	#cancelCheck() {
		clearTimeout(this.#check);
		cancelAnimationFrame(this.#checkFrame);
	}

	/** `height`: the height this check is about; a newer report makes it moot. */
	#checkSized(height: number) {
		if (height !== this.#reported) return;
		if (this.mode !== 'synced') return;
		// Far short, not a border's worth: the host never sized the frame at all.
		if (window.innerHeight >= this.#reported * 0.75) {
			this.sized = true;
			return;
		}
		this.#gaveUp = true;
		this.viewport = null;
		this.mode = 'scroll';
		console.warn(
			`Meridian embed: the page kept this frame ${window.innerHeight}px tall instead of ` +
				`${this.#reported}px, so it scrolls inside itself (is its height fixed by CSS?).`
		);
	}

	/**
	 * Keeps only the newest viewport and applies it once per animation frame: a host may send
	 * thousands a second (or a hostile one floods), and each applied viewport costs a layout. A
	 * frame out of view gets no animation frames, so a timer applies it there instead.
	 */
	#queue(viewport: HostViewport, event: MessageEvent) {
		const via = typeof event.data === 'string' ? 'pym' : 'meridian';
		const first = this.#pending === null;
		this.#pending = { viewport, origin: event.origin, via };
		if (!first) return;
		const apply = () => {
			cancelAnimationFrame(this.#applyFrame);
			clearTimeout(this.#applyTimer);
			const pending = this.#pending;
			this.#pending = null;
			if (pending && !this.#gaveUp) this.#follow(pending.viewport, pending.origin, pending.via);
		};
		this.#applyFrame = requestAnimationFrame(apply);
		this.#applyTimer = window.setTimeout(apply, HIDDEN_APPLY_MS);
	}

	#follow(viewport: HostViewport, origin: string, via: 'meridian' | 'pym') {
		this.#hostOrigin = origin;
		this.#via = via;
		const width = window.innerWidth;
		const height = layoutHeight(this.layout, { height: viewport.height, width });
		if (height !== this.layout?.height || width !== this.layout.width) {
			this.layout = { height, width };
		}
		if (this.mode !== 'synced') {
			// From now on the host page scrolls, not this one.
			window.scrollTo({ top: 0, behavior: 'instant' });
			this.mode = 'synced';
			// The new layout shows in the DOM after this update; report its height then (the
			// ResizeObserver only speaks if the height changed).
			void tick().then(() => this.#reportHeight());
		}
		this.viewport = viewport;
	}

	/**
	 * Tells the host which step the map settled on (the same strings as the data-* contract).
	 * Only a host that has synced hears it: it is the one that asked, and it is allowed.
	 */
	announce(state: StepState, index: number, count: number) {
		if (this.mode !== 'synced') return;
		this.#send({ type: 'meridian:step', version: PROTOCOL_VERSION, ...state, index, count });
	}

	/**
	 * Asks the host to bring `frameY` (px from the frame's top) to the middle of its viewport, the
	 * way J/K centre a step on the story's own page. A synced host can; so can a pym parent in
	 * flow mode (pym scrolls without knowing the viewport). Returns whether it asked.
	 */
	scrollHostTo(frameY: number, smooth: boolean): boolean {
		const top = Math.max(0, Math.round(frameY));
		if (this.mode === 'flow' && this.#childId !== null) {
			// No viewport to centre in: bring the step to the top, a little below the edge.
			this.#sendPym('scrollToChildPos', String(Math.max(0, top - 16)));
			return true;
		}
		if (this.mode !== 'synced' || !this.viewport) return false;
		if (this.#via === 'pym') {
			// pym scrolls the frame's y to the top of the viewport, and always instantly.
			const centred = Math.max(0, top - Math.round(this.viewport.height / 2));
			this.#sendPym('scrollToChildPos', String(centred));
		} else {
			this.#send({ type: 'meridian:scroll', version: PROTOCOL_VERSION, top, smooth });
		}
		return true;
	}

	/**
	 * Where messages may go. Once a host has synced, to its origin alone. Before that, to the
	 * embedding page's origin as the browser reports it (Chromium, Safari), if it is allowed;
	 * where the browser does not say, or the page has no origin of its own (a sandboxed page's
	 * is "null", which postMessage cannot address), to any: these are only `ready` and heights.
	 * `anyHost`: pym messages go to any pym parent, allowed or not: a pym frame has no scrollbar,
	 * so without its height a host that may not drive the story could not even read it.
	 */
	#target(anyHost = false): string | null {
		const origin = this.#hostOrigin ?? location.ancestorOrigins?.[0];
		if (!this.#hostOrigin && origin && !anyHost && !hostAllowed(origin, this.allowed)) return null;
		return origin && origin !== 'null' ? origin : '*';
	}

	#send(message: FrameMessage) {
		const target = this.#target();
		if (target) window.parent.postMessage(message, target);
	}

	#sendPym(type: string, value: string) {
		if (this.#childId !== null) {
			window.parent.postMessage(pymMessage(this.#childId, type, value), this.#target(true)!);
		}
	}
}
