/**
 * Publishes the active step of a scrolling story, and nothing else: it knows no maps. Reads the
 * step boxes on scroll and resize (once per frame) and hands them to `activeStep`.
 */
import type { Attachment } from 'svelte/attachments';
import { activeStep, triggerLine, type Active } from './active';

/** The visible area, in the page's viewport coordinates: where its top edge is and how tall it is. */
export interface View {
	top: number;
	height: number;
}

/**
 * A page's own window: the usual case, where the page scrolls and the viewport is the window.
 * Its height is the root's `clientHeight`, not `innerHeight`: a phone widens its layout viewport
 * to fit anything too wide for the screen, and `innerHeight` grows with it (a page twice the
 * screen's width makes it twice the screen's height), which would put the trigger line below the
 * screen.
 */
const windowView = (): View => ({ top: 0, height: document.documentElement.clientHeight });

export class Scroller {
	/** The active step and progress through it; `$state` so scenes can be `$derived` from it. */
	active = $state<Active>({ index: 0, progress: 0 });

	#measure: (() => void) | null = null;

	/**
	 * @param mapCoversTop whether the map sits above the text at this width (phones), which moves
	 *   the trigger line lower so a step activates once it is visible below the map.
	 * @param view where the reader's viewport is. Inside an auto-sized embed the frame never scrolls
	 *   and the host page's viewport is the one that counts; the frame calls `measure()` when it moves.
	 */
	constructor(
		private mapCoversTop: () => boolean,
		private view: () => View = windowView
	) {}

	/** Re-reads the layout now, for viewport changes the window does not see (an embed's host scrolled). */
	measure() {
		this.#measure?.();
	}

	/** Attach to the element holding the steps; every child with `data-step` is a step. */
	attach: Attachment<HTMLElement> = (root) => {
		let frame = 0;
		const measure = () => {
			frame = 0;
			const steps = root.querySelectorAll<HTMLElement>('[data-step]');
			const boxes = Array.from(steps, (el) => el.getBoundingClientRect());
			const view = this.view();
			const next = activeStep(boxes, view.top + triggerLine(view.height, this.mapCoversTop()));
			if (
				next.index !== this.active.index ||
				Math.abs(next.progress - this.active.progress) > 0.01
			) {
				this.active = next;
			}
		};
		const schedule = () => {
			if (!frame) frame = requestAnimationFrame(measure);
		};
		measure();
		this.#measure = measure;
		window.addEventListener('scroll', schedule, { passive: true });
		window.addEventListener('resize', schedule, { passive: true });
		const resizes = new ResizeObserver(schedule);
		resizes.observe(root);
		return () => {
			this.#measure = null;
			cancelAnimationFrame(frame);
			window.removeEventListener('scroll', schedule);
			window.removeEventListener('resize', schedule);
			resizes.disconnect();
		};
	};
}
