/**
 * `position: sticky; top: 0`, computed by hand. An auto-sized iframe never scrolls, so sticky never
 * sticks inside it; the frame instead moves its map by the offset this returns, from where the
 * host's viewport is. All values are in the frame's viewport coordinates (CSS px).
 */
export interface StickyLayout {
	/** The element's top edge where the layout puts it (without any offset applied). */
	naturalTop: number;
	/** The element's height. */
	height: number;
	/** The bottom edge of the box it sticks within (its parent). */
	containerBottom: number;
	/** The top edge of the visible area (the host viewport's top, in frame coordinates). */
	viewTop: number;
}

/** How far down to move the element so it behaves as if sticky: never above its place, never out of its box. */
export function stickyOffset({
	naturalTop,
	height,
	containerBottom,
	viewTop
}: StickyLayout): number {
	const furthest = Math.max(0, containerBottom - height - naturalTop);
	return Math.min(furthest, Math.max(0, viewTop - naturalTop));
}
