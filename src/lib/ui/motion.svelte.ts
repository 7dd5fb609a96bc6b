/**
 * Whether the map animates: the reader's own choice (the "Animation" switch, remembered in this
 * browser) wins over the system's `prefers-reduced-motion`, in both directions.
 */
import { MediaQuery } from 'svelte/reactivity';

const KEY = 'meridian:animation';

/**
 * The browser's localStorage, or null where there is none: on the server, and in a news site's
 * iframe when the browser blocks third-party storage (reading it then throws a SecurityError).
 */
export function browserStorage(): Storage | null {
	try {
		return typeof window === 'undefined' ? null : window.localStorage;
	} catch {
		return null;
	}
}

/** Whether the system asks for reduced motion; `current` is reactive (a `MediaQuery` in browsers). */
export interface ReducedMotionQuery {
	readonly current: boolean;
}

export class MotionPreference {
	/** The reader's choice, or null to follow the system setting. */
	choice = $state<'on' | 'off' | null>(null);

	/**
	 * @param storage where the choice is remembered (null: nowhere).
	 * @param system the system's `prefers-reduced-motion: reduce`; given by tests, which have none.
	 */
	constructor(
		private storage: Pick<Storage, 'getItem' | 'setItem'> | null,
		private system: ReducedMotionQuery = new MediaQuery('prefers-reduced-motion: reduce')
	) {
		let saved: string | null | undefined;
		try {
			saved = storage?.getItem(KEY);
		} catch {
			// Storage that refuses reads is no storage: follow the system setting.
		}
		if (saved === 'on' || saved === 'off') this.choice = saved;
	}

	/** True when the map may fly between scenes. */
	get animate(): boolean {
		return this.choice ? this.choice === 'on' : !this.system.current;
	}

	set(on: boolean): void {
		this.choice = on ? 'on' : 'off';
		try {
			this.storage?.setItem(KEY, this.choice);
		} catch {
			// Storage can be full or blocked (private modes); the choice still holds for this visit.
		}
	}
}
