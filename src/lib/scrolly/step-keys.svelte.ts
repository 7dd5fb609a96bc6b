/**
 * J and K in a scrolling story, queued: a second press during a smooth scroll moves on from the
 * step the first press is heading to, not from the step the scroll has not reached yet.
 */
import { stepDelta } from './keys';

export interface StepKeysOptions {
	/** How many steps the story has. */
	count: () => number;
	/** The step a press moves from when none is queued: the one being read (-1: before the first). */
	from: () => number;
	/** The step the scroll has reached: arriving at the queued step ends the queue. */
	reached: () => number;
	/**
	 * Whether an outside viewport drives the scroll (a synced embed's host page). The frame then
	 * never sees its own scroll end: the viewport standing still for a moment ends the queue. The
	 * getter must read the viewport itself, so that each move of it restarts that moment.
	 */
	outside: () => boolean;
	/** Moves to a step; `index` is within the story. */
	go: (index: number) => void;
}

/** How long an outside viewport must stand still before a scroll counts as ended, in ms. */
const STILL_MS = 250;

export class StepKeys {
	/** Where the last press is heading; null when no scroll is under way. */
	#heading: number | null = null;

	/** Call during component initialisation: it watches the scroll with effects. */
	constructor(private options: StepKeysOptions) {
		$effect(() => {
			if (options.reached() === this.#heading) this.#heading = null;
		});
		$effect(() => {
			if (!options.outside()) return;
			const still = setTimeout(() => (this.#heading = null), STILL_MS);
			return () => clearTimeout(still);
		});
	}

	/** For the window's keydown: moves one step on J or K, from where a queued move is heading. */
	onkeydown = (event: KeyboardEvent) => {
		const delta = stepDelta(event);
		if (!delta) return;
		event.preventDefault();
		const last = this.options.count() - 1;
		this.#heading = Math.min(last, Math.max(0, (this.#heading ?? this.options.from()) + delta));
		this.options.go(this.#heading);
	};

	/** For the window's scrollend: the scroll arrived (or the reader stopped it). */
	onscrollend = () => {
		this.#heading = null;
	};
}
