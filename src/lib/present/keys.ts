/**
 * The presenter view's keys: what presentation clickers send (Page Up/Down; some send arrows or
 * space) and what a teacher at a laptop reaches for. Never taken from a form field or with Ctrl,
 * Alt or Cmd, so browser shortcuts keep working.
 */
import type { KeyLike } from '$lib/scrolly/keys';
import { isEditable } from '$lib/scrolly/keys';

export type PresenterAction = 'next' | 'previous' | 'first' | 'last';

const ACTIONS: Record<string, PresenterAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last'
};

export function presenterAction(event: KeyLike): PresenterAction | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	if (isEditable(event.target)) return null;
	const action = ACTIONS[event.key] ?? null;
	// Shift+Space goes back, as it scrolls back in a page.
	if (event.key === ' ' && event.shiftKey) return 'previous';
	return event.shiftKey && event.key !== ' ' ? null : action;
}

/** The step index an action leads to, held within the story: the ends stop, they do not wrap. */
export function stepAfter(action: PresenterAction, index: number, count: number): number {
	const last = count - 1;
	if (action === 'first') return 0;
	if (action === 'last') return last;
	return Math.min(last, Math.max(0, index + (action === 'next' ? 1 : -1)));
}
