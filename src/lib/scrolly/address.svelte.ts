/**
 * Address ↔ step in the browser: a page opens at the step its address names (`#<step-id>`), and the
 * address follows the step being shown, without filling the browser's history. The story and the
 * presenter both use this, so a step's address means the same in both.
 */
import { afterNavigate, replaceState } from '$app/navigation';
import { openingFor, type Opening } from './hash';
import { withoutView } from './view';

/** Where the page should open, from the address it was opened at. Call in the browser only. */
export function openingAddress(stepIds: readonly string[]): Opening {
	return openingFor(location.hash, stepIds);
}

/** Puts a step's address in the location bar; the page does not scroll and no history entry is added. */
export function showAddress(stepId: string): void {
	// Only the fragment changes: the page stays where it is (no resolve() needed for a hash).
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replaceState(`#${stepId}`, {});
}

/**
 * Keeps the address on the step `current` names (null: none is being read), from the first change
 * on: the opening step is where the page already is. Call during component initialisation.
 *
 * SvelteKit's replaceState throws until its router has started (after hydration). A reload
 * mid-story can change the step while the page hydrates, so a change before then waits for it.
 */
export function followAddress(current: () => string | null): void {
	let shown: string | null = null;
	let started = false;
	let waiting: string | null = null;
	afterNavigate(() => {
		started = true;
		if (waiting !== null) showAddress(waiting);
		waiting = null;
	});
	$effect(() => {
		const id = current();
		if (id === null) return;
		if (shown !== null && shown !== id) {
			if (started) showAddress(id);
			else waiting = id;
		}
		shown = id;
	});
}

/**
 * Takes `?view=` out of the address, keeping the step's `#id`: once a reader chooses a view, their
 * remembered choice speaks for them on a reload, not the link they came by.
 */
export function forgetAskedView(): void {
	const search = withoutView(location.search);
	if (search === location.search) return;
	// The same page, only its query changed: nothing to resolve.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replaceState(`${location.pathname}${search}${location.hash}`, {});
}
