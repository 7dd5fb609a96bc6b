/**
 * A story shown one step at a time: which step is shown, and what each key does. Every move puts
 * the step's address in the location bar. The presenter's windows and the story's step mode both
 * move with it, so their keys and addresses mean the same.
 */
import { openingAddress, showAddress } from './address.svelte';
import { deckAction, stepAfter, type DeckAction } from './deck-keys';

export class Deck {
	/** 0-based index of the step shown. */
	index = $state(0);
	/** The step id of an opening address that names no step. */
	unknownStep = $state<string | null>(null);

	/** `onmove` hears every move made here (keys, buttons, a list of steps), not moves shown from elsewhere. */
	constructor(
		protected stepIds: () => readonly string[],
		private onmove: (index: number) => void = () => undefined
	) {}

	get count(): number {
		return this.stepIds().length;
	}

	/** Opens at the step the address names. Call once the page is in the browser. */
	open(): void {
		const opening = openingAddress(this.stepIds());
		if (opening.kind === 'step') this.index = opening.index;
		if (opening.kind === 'unknown') this.unknownStep = opening.id;
	}

	/** Goes to a step, and the address follows. */
	go(next: number): void {
		this.apply(next);
		this.onmove(next);
	}

	/** Shows a step moved to elsewhere (another window, the page's address), without telling anyone. */
	show(next: number): void {
		if (next !== this.index) this.apply(next);
	}

	protected apply(next: number): void {
		this.index = next;
		showAddress(this.stepIds()[next]!);
	}

	/** Goes where an action leads from the step shown (the ends stop, they do not wrap). */
	step(action: DeckAction): void {
		this.go(stepAfter(action, this.index, this.count));
	}

	/** Whether a key press belongs to something else: a variant adds its own cases (an open dialog). */
	protected ignores(event: KeyboardEvent): boolean {
		return event.defaultPrevented;
	}

	/** For the window's keydown: clicker and keyboard moves, unless they belong to something else. */
	onkeydown = (event: KeyboardEvent) => {
		if (this.ignores(event)) return;
		const target = event.target instanceof Element ? event.target : null;
		// Space on a button presses the button.
		if (event.key === ' ' && target?.closest('button, a, summary, [role="button"]')) return;
		const action = deckAction(event);
		if (!action) return;
		event.preventDefault();
		this.step(action);
	};
}
