/**
 * The embed page's side of the host protocol (./protocol.ts): listens for the host's viewport,
 * reports the page's height and each settled step, and asks the host to scroll for J/K.
 *
 * The frame is in one of three modes:
 * - `scroll`: a plain fixed-height iframe, or no host script at all. The story scrolls inside
 *   the frame as on its own page. Nothing is resized, so the frame works with no host help.
 * - `synced`: the host sends its viewport (Meridian's `/embed.js`, or pym.js with `trackscroll`).
 *   The frame is sized to the whole story and the steps and map follow the host's scroll.
 * - `flow`: a pym.js parent sizes the frame but sends no viewport, so nothing could follow the
 *   scroll. The story reads top to bottom with a static map in each step.
 */
import {
	hostAllowed,
	pymChildId,
	pymMessage,
	PROTOCOL_VERSION,
	readHostMessage,
	type FrameMessage,
	type HostViewport,
	type StepState
} from './protocol';

export type EmbedMode = 'scroll' | 'synced' | 'flow';

export class HostLink {
	mode = $state<EmbedMode>('scroll');
	/** The host's viewport, once a host has sent one (then `mode` is `synced`). */
	viewport = $state.raw<HostViewport | null>(null);

	#childId: string | null = null;
	/** The origin of the host that sent a valid viewport: replies go there and nowhere else. */
	#hostOrigin: string | null = null;
	#via: 'meridian' | 'pym' = 'meridian';

	/** `allowed`: host origins that may drive the frame (EMBED_ORIGINS); empty allows any. */
	constructor(private allowed: readonly string[]) {}

	/** Starts listening, if this page is in a frame at all; returns the cleanup. */
	start(): () => void {
		if (window.parent === window) return () => {};
		this.#childId = pymChildId(location.search);
		if (this.#childId !== null) this.mode = 'flow';

		const onMessage = (event: MessageEvent) => {
			if (event.source !== window.parent || !hostAllowed(event.origin, this.allowed)) return;
			const viewport = readHostMessage(event.data, this.#childId);
			if (!viewport) return;
			this.#hostOrigin = event.origin;
			this.#via = typeof event.data === 'string' ? 'pym' : 'meridian';
			if (this.mode !== 'synced') {
				// From now on the host page scrolls, not this one.
				window.scrollTo({ top: 0, behavior: 'instant' });
				this.mode = 'synced';
			}
			this.viewport = viewport;
		};
		window.addEventListener('message', onMessage);

		// Auto-sizing: report the page's height whenever it changes, once a host sizes the frame.
		let reported = 0;
		const reportHeight = () => {
			if (this.mode === 'scroll') return;
			const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
			if (height === reported) return;
			reported = height;
			this.#send({ type: 'meridian:height', version: PROTOCOL_VERSION, height });
			this.#sendPym('height', height);
		};
		const sizes = new ResizeObserver(reportHeight);
		sizes.observe(document.documentElement);
		const stopModeWatch = $effect.root(() => {
			$effect(() => {
				if (this.mode !== 'scroll') reportHeight();
			});
		});

		this.#send({ type: 'meridian:ready', version: PROTOCOL_VERSION });
		return () => {
			window.removeEventListener('message', onMessage);
			sizes.disconnect();
			stopModeWatch();
		};
	}

	/** Tells the host which step the map settled on (the same strings as the data-* contract). */
	announce(state: StepState, index: number, count: number) {
		this.#send({ type: 'meridian:step', version: PROTOCOL_VERSION, ...state, index, count });
	}

	/**
	 * Asks the host to bring `frameY` (px from the frame's top) to the middle of its viewport, the
	 * way J/K centre a step on the story's own page. Only a synced host can.
	 */
	scrollHostTo(frameY: number, smooth: boolean) {
		if (this.mode !== 'synced' || !this.viewport) return;
		const top = Math.max(0, Math.round(frameY));
		if (this.#via === 'pym') {
			// pym scrolls the frame's y to the top of the viewport, and always instantly.
			this.#sendPym('scrollToChildPos', Math.max(0, top - Math.round(this.viewport.height / 2)));
		} else {
			this.#send({ type: 'meridian:scroll', version: PROTOCOL_VERSION, top, smooth });
		}
	}

	/**
	 * Where messages may go: the host we heard from; before that, the embedding page's origin where
	 * the browser tells us (Chromium, Safari), else any. Nothing goes to a host that is not allowed.
	 */
	#target(): string | null {
		if (this.#hostOrigin) return this.#hostOrigin;
		const ancestor = location.ancestorOrigins?.[0];
		if (ancestor) return hostAllowed(ancestor, this.allowed) ? ancestor : null;
		return '*';
	}

	#send(message: FrameMessage) {
		const target = this.#target();
		if (target) window.parent.postMessage(message, target);
	}

	#sendPym(type: string, value: number) {
		const target = this.#target();
		if (target && this.#childId !== null) {
			window.parent.postMessage(pymMessage(this.#childId, type, value), target);
		}
	}
}
