/**
 * The presenter's deck: the story's one-step-at-a-time deck (`$lib/scrolly/deck.svelte`), plus
 * whether the map is being explored or the list of steps is open, which hold the keys back.
 */
import { Deck } from '$lib/scrolly/deck.svelte';

export class PresenterDeck extends Deck {
	/** Whether the teacher has unlocked the map to pan and zoom it. */
	exploring = $state(false);
	/** Whether the list of all steps is open. */
	overview = $state(false);

	/** A move brings the map back from exploring to the step's scene. */
	protected override apply(next: number): void {
		this.exploring = false;
		super.apply(next);
	}

	/** The open list of steps takes the keys; while exploring, the map's own keys pan and zoom it. */
	protected override ignores(event: KeyboardEvent): boolean {
		const target = event.target instanceof Element ? event.target : null;
		return (
			super.ignores(event) ||
			this.overview ||
			(this.exploring && !!target?.closest('[data-testid="story-map"]'))
		);
	}
}
