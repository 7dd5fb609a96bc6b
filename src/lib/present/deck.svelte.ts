/**
 * The presenter's state: which step is shown, whether the map is being explored or the step list is
 * open, and what each key does. Every move puts the step's address in the location bar.
 */
import { openingAddress, showAddress } from '$lib/scrolly/address.svelte';
import { presenterAction, stepAfter, type PresenterAction } from './keys';

export class Deck {
	/** 0-based index of the step shown. */
	index = $state(0);
	/** Whether the teacher has unlocked the map to pan and zoom it. */
	exploring = $state(false);
	/** Whether the list of all steps is open. */
	overview = $state(false);
	/** The step id of an opening address that names no step. */
	unknownStep = $state<string | null>(null);

	/** `onmove` hears every move made here (keys, buttons, the overview), not moves shown from elsewhere. */
	constructor(
		private stepIds: () => readonly string[],
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

	/** Goes to a step; the map comes back from exploring, and the address follows. */
	go(next: number): void {
		this.apply(next);
		this.onmove(next);
	}

	/** Shows a step another window moved to, without telling anyone (so no echo goes back). */
	show(next: number): void {
		if (next !== this.index) this.apply(next);
	}

	private apply(next: number): void {
		this.exploring = false;
		this.index = next;
		showAddress(this.stepIds()[next]!);
	}

	/** Goes where an action leads from the step shown (the ends stop, they do not wrap). */
	step(action: PresenterAction): void {
		this.go(stepAfter(action, this.index, this.count));
	}

	/** For the window's keydown: clicker and keyboard moves, unless they belong to something else. */
	onkeydown = (event: KeyboardEvent) => {
		if (this.overview || event.defaultPrevented) return;
		const target = event.target instanceof Element ? event.target : null;
		// While exploring, the map's own keys pan and zoom it; Space on a button presses the button.
		if (this.exploring && target?.closest('[data-testid="story-map"]')) return;
		if (event.key === ' ' && target?.closest('button, a, summary, [role="button"]')) return;
		const action = presenterAction(event);
		if (!action) return;
		event.preventDefault();
		this.step(action);
	};
}
