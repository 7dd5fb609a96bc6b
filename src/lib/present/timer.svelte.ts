/** The speaker view's timer: time since the talk began, which the teacher can pause and reset. */
export class Timer {
	/** Whole seconds counted so far. */
	seconds = $state(0);
	running = $state(true);

	/** Counts while running; returns the cleanup. Browser only. */
	start(): () => void {
		let last = Date.now();
		const tick = setInterval(() => {
			const now = Date.now();
			// Count real time passed, so a throttled background tab still shows the right time.
			if (this.running) this.seconds += (now - last) / 1000;
			last = now;
		}, 1000);
		return () => clearInterval(tick);
	}

	reset(): void {
		this.seconds = 0;
	}
}
