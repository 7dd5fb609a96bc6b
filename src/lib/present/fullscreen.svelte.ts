/** Full screen for the presenter: whether the browser allows it, whether it is on, and a toggle. */
export class Fullscreen {
	/** Whether the page is full screen now. */
	on = $state(false);
	/** Whether the browser lets this page go full screen (false until `watch` runs). */
	available = $state(false);

	/** Starts following the browser's full-screen state; returns the cleanup. Browser only. */
	watch(): () => void {
		this.available = document.fullscreenEnabled;
		const onChange = () => (this.on = document.fullscreenElement !== null);
		document.addEventListener('fullscreenchange', onChange);
		return () => document.removeEventListener('fullscreenchange', onChange);
	}

	async toggle(): Promise<void> {
		if (document.fullscreenElement) await document.exitFullscreen();
		else await document.documentElement.requestFullscreen().catch(() => undefined);
	}
}
