/**
 * Sticky by hand for a synced embed: the frame is as tall as the story and never scrolls, so
 * `position: sticky` never sticks. The map is moved instead to where sticky would put it in the
 * host's viewport: the map column's inner box on wide screens, the whole band on phones.
 */
import { untrack } from 'svelte';
import type { HostViewport } from '$lib/embed/protocol';
import { stickyOffset } from '$lib/embed/sticky';

export interface MapPlacementOptions {
	/** Whether the side-by-side layout is in use (else the map is a band above the text). */
	wide: () => boolean;
	/** The host's viewport, or null while none is synced (the map then stays in place). */
	viewport: () => HostViewport | null;
	/** The map column (the band on phones) and the sticky box inside it (on wide screens). */
	column: () => HTMLElement | undefined;
	sticky: () => HTMLElement | undefined;
}

export class MapPlacement {
	/** How far down the moving element is shifted, in CSS px. */
	#shift = $state(0);

	/** Call during component initialisation: it follows the viewport with an effect. */
	constructor(private options: MapPlacementOptions) {
		$effect(() => {
			const el = options.wide() ? options.sticky() : options.column();
			const view = options.viewport();
			if (!view || !el?.parentElement) {
				this.#shift = 0;
				return;
			}
			const box = el.getBoundingClientRect();
			this.#shift = stickyOffset({
				naturalTop: box.top - untrack(() => this.#shift),
				height: box.height,
				containerBottom: el.parentElement.getBoundingClientRect().bottom,
				viewTop: -view.top
			});
		});
	}

	/** The transform for the band (`true`: the map column) or the sticky box (`false`), if it moves. */
	transform(band: boolean): string | undefined {
		return this.options.viewport() && band !== this.options.wide()
			? `translateY(${this.#shift}px)`
			: undefined;
	}
}
