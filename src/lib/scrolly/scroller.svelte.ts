/**
 * Publishes the active step of a scrolling story, and nothing else: it knows no maps, only how
 * much of the view something covers. Reads the step boxes on scroll and resize (once per frame)
 * and hands them to `activeStep`.
 */
import type { Attachment } from 'svelte/attachments';
import {
	activeStep,
	readingLines,
	stepTopWhenMoved,
	type Active,
	type ReadingView
} from './active';

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

/**
 * A step's text, without the room after it: its `[data-step-text]` element if it has one (the
 * room between steps is the step's own padding), else the step itself.
 */
const textOf = (step: HTMLElement) => step.querySelector<HTMLElement>('[data-step-text]') ?? step;

export class Scroller {
	/** The active step and progress through it; `$state` so scenes can be `$derived` from it. */
	active = $state<Active>({ index: 0, progress: 0 });

	#measure: (() => void) | null = null;

	/**
	 * @param covered how many px at the top of the view the map covers: its band's height where it
	 *   sits above the text (phones), 0 where it sits beside it. The text below it is what the reader
	 *   reads, so the lines that decide the active step move down (`readingLines`).
	 * @param view where the reader's viewport is. Inside an auto-sized embed the frame never scrolls
	 *   and the host page's viewport is the one that counts; the frame calls `measure()` when it moves.
	 */
	constructor(
		private covered: () => number,
		private view: () => View = windowView
	) {}

	#readingView(): ReadingView {
		return { ...this.view(), covered: this.covered() };
	}

	/**
	 * Where a move to a step should put its top, in the viewport's coordinates, for the step to be
	 * the active one once it lands (`stepTopWhenMoved`).
	 */
	topWhenMoved(step: HTMLElement): number {
		const text = textOf(step).getBoundingClientRect();
		return stepTopWhenMoved(text.height, this.#readingView());
	}

	/** Re-reads the layout now, for viewport changes the window does not see (an embed's host scrolled). */
	measure() {
		this.#measure?.();
	}

	/**
	 * Attach to the element holding the steps; every child with `data-step` is a step, and its
	 * `[data-step-text]` child, if any, is its text.
	 */
	attach: Attachment<HTMLElement> = (root) => {
		let frame = 0;
		const measure = () => {
			frame = 0;
			const steps = root.querySelectorAll<HTMLElement>('[data-step]');
			const boxes = Array.from(steps, (el) => textOf(el).getBoundingClientRect());
			const lines = readingLines(this.#readingView());
			const next = activeStep(boxes, lines.trigger, lines.middle);
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
