/**
 * Which step is active, from where the steps are and where the reader reads. A pure function of
 * the current layout (never of the scroll history), so it cannot go stale after a fast scroll, a
 * scrollbar drag, a reload mid-story or a resize.
 */

/**
 * A step's text: its top and bottom edge, without the room after it, in the same coordinates as
 * the reading lines (usually viewport px).
 */
export interface StepBox {
	top: number;
	bottom: number;
}

export interface Active {
	/** 0-based index of the active step. */
	index: number;
	/** How far the step has moved past the line that made it active, 0 to 1. */
	progress: number;
}

/** What the reader sees: the view's top edge and height, and how much of its top the map covers. */
export interface ReadingView {
	top: number;
	height: number;
	/** px at the top of the view under the map (the band above the text on phones); 0 beside it. */
	covered: number;
}

/** The two lines that decide the active step, in the view's coordinates. */
export interface ReadingLines {
	/** A step is reached once its top passes this line... */
	trigger: number;
	/** ...or once its centre passes this one, the middle of what the reader can read. */
	middle: number;
}

/**
 * Where the trigger line sits: lower on phones, where the map covers the top of the screen, so a
 * long step takes over once a few of its lines show below the map.
 */
export function triggerLine(viewportHeight: number, mapCoversTop: boolean): number {
	return Math.round(viewportHeight * (mapCoversTop ? 0.62 : 0.55));
}

/**
 * The middle a reader means. Where the map covers the top of the screen (phones: 48% of it), the
 * top half is map: "the middle" is the middle of the text below it (about 74% down), the place
 * the eye goes to read a step. Beside the map it is the middle of the screen.
 */
export function readingLines(view: ReadingView): ReadingLines {
	const covered = Math.min(view.height, Math.max(0, view.covered));
	return {
		trigger: view.top + triggerLine(view.height, covered > 0),
		middle: view.top + (covered + view.height) / 2
	};
}

/**
 * How far below the middle a step's centre may be and still count as there, in CSS px: a scroll
 * lands on a whole device pixel, and a reader cannot tell a pixel.
 */
const LANDING = 1;

/**
 * The active step is the last one reached: its top has passed the trigger line, or its centre has
 * reached the middle (within a pixel). For long steps the trigger line decides, as it always did.
 * A short step may have its top still below the trigger line when its centre is at the middle (on
 * phones the trigger line sits above the middle of the text, so the trigger alone would skip any
 * step shorter than twice the distance): its centre decides. So a step centred on the middle is
 * always the active one: no later step's top or centre can have passed it, as long as steps are
 * spaced at least `trigger - middle` apart where the trigger line is the lower (wide screens; the
 * steps' CSS leaves far more). Between two steps the previous one stays active (its scene is
 * still the last thing read); above the first step, the first one is. Without a `middle`, the
 * trigger line alone decides.
 */
export function activeStep(boxes: StepBox[], trigger: number, middle: number = -Infinity): Active {
	/** The line a step's top must pass to be reached: the trigger, or lower for a short step. */
	const lineFor = (box: StepBox) =>
		Math.max(trigger, middle + LANDING - (box.bottom - box.top) / 2);
	let index = 0;
	for (let i = 0; i < boxes.length; i++) {
		if (boxes[i]!.top <= lineFor(boxes[i]!)) index = i;
		else break;
	}
	const box = boxes[index];
	if (!box) return { index: 0, progress: 0 };
	const height = Math.max(1, box.bottom - box.top);
	const progress = Math.min(1, Math.max(0, (lineFor(box) - box.top) / height));
	return { index, progress };
}

/**
 * Where a move to a step (J or K, a link, the end of step mode) puts the step's top, in the
 * view's coordinates, so that it is the active step and reads well. A step that fits the text
 * below a map band is centred there, on the middle `activeStep` reads by (its top at the middle of
 * the screen could leave a short step and the next one both reached, the next one active). A
 * longer step, and any step beside the map, has its top at the middle of the screen: just below
 * the band on phones, above the trigger line on wide screens.
 */
export function stepTopWhenMoved(stepHeight: number, view: ReadingView): number {
	const half = view.top + view.height / 2;
	if (view.covered <= 0) return half;
	return Math.max(half, readingLines(view).middle - stepHeight / 2);
}
