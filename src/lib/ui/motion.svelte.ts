/**
 * Whether the map animates: the reader's own choice (the "Animation" switch, remembered in this
 * browser) wins over the system's `prefers-reduced-motion`, in both directions.
 */
import { MediaQuery } from 'svelte/reactivity';

const KEY = 'meridian:animation';

export class MotionPreference {
	#system = new MediaQuery('prefers-reduced-motion: reduce');
	/** The reader's choice, or null to follow the system setting. */
	choice = $state<'on' | 'off' | null>(null);

	constructor(private storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
		const saved = storage?.getItem(KEY);
		if (saved === 'on' || saved === 'off') this.choice = saved;
	}

	/** True when the map may fly between scenes. */
	get animate(): boolean {
		return this.choice ? this.choice === 'on' : !this.#system.current;
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
