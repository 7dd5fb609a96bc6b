/**
 * The story page's map marks: which one the reader points at (hover, focus or tap), so the map can
 * show its peek over the step's scene. Provided by the scroll layout; text rendered anywhere else
 * (presenter, handout) finds none and shows marks as plain words.
 */
import { getContext, setContext } from 'svelte';

/** A mark pointed at: the step whose text holds it, and the id it marks. */
export interface Pointing {
	step: string;
	id: string;
}

export class MapLinks {
	/**
	 * Whether marks are controls. Off in the server's HTML and until the page runs (and where no
	 * live map follows the text), so that without JavaScript a mark is plain text, never a dead control.
	 */
	live = $state(false);
	#hovered = $state.raw<Pointing | null>(null);
	#focused = $state.raw<Pointing | null>(null);

	/** The mark whose place the map shows; a mark under the pointer wins over the focused one. */
	get pointing(): Pointing | null {
		return this.#hovered ?? this.#focused;
	}

	point(how: 'hover' | 'focus', at: Pointing): void {
		if (how === 'hover') this.#hovered = at;
		else this.#focused = at;
	}

	/** The reader left mark `id` (pointer out, focus gone, Escape). */
	release(how: 'hover' | 'focus', id: string): void {
		if (how === 'hover' && this.#hovered?.id === id) this.#hovered = null;
		if (how === 'focus' && this.#focused?.id === id) this.#focused = null;
	}

	/**
	 * A new step is being read: a mark of another step lets go, so the map follows the scroll even
	 * while a mark the reader scrolled past keeps focus.
	 */
	follow(step: string): void {
		if (this.#hovered && this.#hovered.step !== step) this.#hovered = null;
		if (this.#focused && this.#focused.step !== step) this.#focused = null;
	}
}

const KEY = Symbol('map-links');

export function provideMapLinks(links: MapLinks): MapLinks {
	return setContext(KEY, links);
}

/** The page's map marks, if the text is shown beside a live map. */
export function mapLinks(): MapLinks | undefined {
	return getContext<MapLinks | undefined>(KEY);
}
