/**
 * The keys of a story shown one step at a time (the presenter's windows, the story's step mode):
 * what presentation clickers send (Page Up/Down; some send arrows or space) and what a reader at a
 * keyboard reaches for. Never taken from a form field or with Ctrl, Alt or Cmd, so browser
 * shortcuts keep working.
 */
import type { KeyLike } from './keys';
import { isEditable } from './keys';

export type DeckAction = 'next' | 'previous' | 'first' | 'last';

const ACTIONS: Record<string, DeckAction> = {
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

export function deckAction(event: KeyLike): DeckAction | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	if (isEditable(event.target)) return null;
	const action = ACTIONS[event.key] ?? null;
	// Shift+Space goes back, as it scrolls back in a page.
	if (event.key === ' ' && event.shiftKey) return 'previous';
	return event.shiftKey && event.key !== ' ' ? null : action;
}

/** The step index an action leads to, held within the story: the ends stop, they do not wrap. */
export function stepAfter(action: DeckAction, index: number, count: number): number {
	const last = count - 1;
	if (action === 'first') return 0;
	if (action === 'last') return last;
	return Math.min(last, Math.max(0, index + (action === 'next' ? 1 : -1)));
}
