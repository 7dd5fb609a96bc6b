/**
 * The reader's choice of view (scroll, or one step at a time), remembered in this browser. An
 * address that asks for a view (`?view=steps`) wins over what was remembered, for that visit.
 */
import { viewFor, type ReadingView } from '$lib/scrolly/view';

const KEY = 'meridian:view';

export class ViewChoice {
	/** The view in use. Scroll until `open` runs: the prerendered page is the scroll layout. */
	view = $state<ReadingView>('scroll');

	/** @param storage where the choice is remembered (null: nowhere); see `browserStorage`. */
	constructor(private storage: Pick<Storage, 'getItem' | 'setItem'> | null) {}

	/** Takes the view the address asks for, else the one remembered. Call in the browser. */
	open(search: string): void {
		this.view = viewFor(search) ?? this.remembered() ?? 'scroll';
	}

	/** The reader chose a view: use it, and remember it. */
	choose(view: ReadingView): void {
		this.view = view;
		try {
			this.storage?.setItem(KEY, view);
		} catch {
			// Storage can be full or blocked (private modes); the choice still holds for this visit.
		}
	}

	private remembered(): ReadingView | null {
		try {
			const saved = this.storage?.getItem(KEY);
			return saved === 'scroll' || saved === 'steps' ? saved : null;
		} catch {
			// Storage that refuses reads is no storage.
			return null;
		}
	}
}
