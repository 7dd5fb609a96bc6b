/**
 * `$app/navigation` in the one-file export, which has no SvelteKit router: the story's address
 * helpers (src/lib/scrolly/address.svelte.ts) call these, and a file's address works the same way.
 */
import { onMount } from 'svelte';

/** Changes the address without a history entry or a scroll, as SvelteKit's does. */
export function replaceState(url: string, state: Record<string, unknown>): void {
	history.replaceState(state, '', url);
}

/** There is no client-side navigation here: the only one is the page's opening, once mounted. */
export function afterNavigate(callback: () => void): void {
	onMount(callback);
}
