/**
 * Publishes the active step of a scrolling story, and nothing else: it knows no maps. Reads the
 * step boxes on scroll and resize (once per frame) and hands them to `activeStep`.
 */
import type { Attachment } from 'svelte/attachments';
import { activeStep, triggerLine, type Active } from './active';

export class Scroller {
	/** The active step and progress through it; `$state` so scenes can be `$derived` from it. */
	active = $state<Active>({ index: 0, progress: 0 });

	/**
	 * @param mapCoversTop whether the map sits above the text at this width (phones), which moves
	 *   the trigger line lower so a step activates once it is visible below the map.
	 */
	constructor(private mapCoversTop: () => boolean) {}

	/** Attach to the element holding the steps; every child with `data-step` is a step. */
	attach: Attachment<HTMLElement> = (root) => {
		let frame = 0;
		const measure = () => {
			frame = 0;
			const steps = root.querySelectorAll<HTMLElement>('[data-step]');
			const boxes = Array.from(steps, (el) => el.getBoundingClientRect());
			const next = activeStep(boxes, triggerLine(window.innerHeight, this.mapCoversTop()));
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
		window.addEventListener('scroll', schedule, { passive: true });
		window.addEventListener('resize', schedule, { passive: true });
		const resizes = new ResizeObserver(schedule);
		resizes.observe(root);
		return () => {
			cancelAnimationFrame(frame);
			window.removeEventListener('scroll', schedule);
			window.removeEventListener('resize', schedule);
			resizes.disconnect();
		};
	};
}
