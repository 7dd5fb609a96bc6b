/**
 * Which step is being read, in either view: the scroller's in the scroll layout, the deck's in step
 * mode (one step at a time, with the presenter's keys). Switching keeps the reader's place: step
 * mode opens at the step in view, and scrolling resumes at the step the deck shows.
 */
import { tick } from 'svelte';
import { forgetAskedView } from '$lib/scrolly/address.svelte';
import { Deck } from '$lib/scrolly/deck.svelte';
import { stepDelta } from '$lib/scrolly/keys';
import type { Scroller } from '$lib/scrolly/scroller.svelte';
import type { ReadingView } from '$lib/scrolly/view';
import { ViewChoice } from './view-choice.svelte';

export interface ReadingOptions {
	/** Publishes the step in view while the story scrolls. */
	scroller: Scroller;
	/** The story's step ids, in order. */
	stepIds: () => readonly string[];
	/** Where the reader's choice of view is remembered (null: nowhere). */
	storage: Pick<Storage, 'getItem' | 'setItem'> | null;
	/** Whether step mode can be used now: not where there is no live map (an embed's flow layout). */
	canStep?: () => boolean;
}

export class Reading {
	/** The view the reader chose, or the address asked for. */
	readonly choice: ViewChoice;
	/** The step shown in step mode. */
	readonly deck: Deck;
	/** Set while the page scrolls back to the deck's step, before the scroller has measured it. */
	#resuming = $state(false);

	constructor(private options: ReadingOptions) {
		this.choice = new ViewChoice(options.storage);
		this.deck = new Deck(options.stepIds);
	}

	/** Whether the story is shown one step at a time. */
	get stepping(): boolean {
		return this.choice.view === 'steps' && (this.options.canStep?.() ?? true);
	}

	/** 0-based index of the step being read. */
	get index(): number {
		return this.stepping || this.#resuming ? this.deck.index : this.options.scroller.active.index;
	}

	/** Shows a step the address names (it already does: the address is not touched). */
	openAt(index: number): void {
		this.deck.index = index;
	}

	/**
	 * The reader chose a view. `scrollToStep` brings a step into view in the scroll layout, at once;
	 * the scroller then measures it before it takes over, so the map never shows another step between.
	 */
	async choose(view: ReadingView, scrollToStep: (index: number) => void): Promise<void> {
		forgetAskedView();
		const wasStepping = this.stepping;
		if (view === 'steps' && !wasStepping) this.deck.index = this.options.scroller.active.index;
		const resume = view === 'scroll' && wasStepping;
		if (resume) this.#resuming = true;
		this.choice.choose(view);
		if (!resume) return;
		await tick();
		scrollToStep(this.deck.index);
		this.options.scroller.measure();
		this.#resuming = false;
	}

	/** For the window's keydown in step mode: the presenter's keys, and J and K as in the scroll layout. */
	onkeydown = (event: KeyboardEvent) => {
		const delta = stepDelta(event);
		if (!delta || event.defaultPrevented) {
			this.deck.onkeydown(event);
			return;
		}
		event.preventDefault();
		this.deck.step(delta > 0 ? 'next' : 'previous');
	};
}
