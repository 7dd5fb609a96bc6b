/**
 * Which step is active, from where the steps are and where the trigger line is. A pure function of
 * the current layout (never of the scroll history), so it cannot go stale after a fast scroll, a
 * scrollbar drag, a reload mid-story or a resize.
 */

/** A step's top and bottom edge, in the same coordinates as the trigger line (usually viewport px). */
export interface StepBox {
	top: number;
	bottom: number;
}

export interface Active {
	/** 0-based index of the active step. */
	index: number;
	/** How far the trigger line is through the active step, 0 to 1. */
	progress: number;
}

/**
 * The active step is the one the trigger line crosses. Between two steps the previous one stays
 * active (its scene is still the last thing read); above the first step, the first one is.
 */
export function activeStep(boxes: StepBox[], triggerY: number): Active {
	let index = 0;
	for (let i = 0; i < boxes.length; i++) {
		if (boxes[i]!.top <= triggerY) index = i;
		else break;
	}
	const box = boxes[index];
	if (!box) return { index: 0, progress: 0 };
	const height = Math.max(1, box.bottom - box.top);
	const progress = Math.min(1, Math.max(0, (triggerY - box.top) / height));
	return { index, progress };
}

/** Where the trigger line sits: lower on phones, where the map covers the top of the screen. */
export function triggerLine(viewportHeight: number, mapCoversTop: boolean): number {
	return Math.round(viewportHeight * (mapCoversTop ? 0.62 : 0.55));
}
