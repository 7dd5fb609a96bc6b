/**
 * The map's images, drawn as pure pixels (no canvas, no sprite): the diagonal-stripe pattern for
 * areas whose status the map marks (so the marking does not rest on colour alone), and the
 * arrowheads of overlay lines.
 */

/** Parses "#rrggbb". */
function rgb(hex: string): [number, number, number] {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** RGBA pixels of a `size`×`size` tile with one diagonal stripe, `width` px wide, that tiles seamlessly. */
export function hatchPattern(size: number, width: number, color: string) {
	const [r, g, b] = rgb(color);
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const onStripe = (x + y) % size < width;
			const i = (y * size + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = onStripe ? 255 : 0;
		}
	}
	return { width: size, height: size, data };
}

/**
 * RGBA pixels of an arrowhead pointing up, its tip at the top middle: `size` px wide and tall, so
 * MapLibre can anchor it at the tip ('icon-anchor': 'top') and rotate it along the line.
 */
export function arrowImage(size: number, color: string) {
	const [r, g, b] = rgb(color);
	const data = new Uint8Array(size * size * 4);
	const mid = (size - 1) / 2;
	for (let y = 0; y < size; y++) {
		// The triangle widens from the tip (row 0) to the full width at the base (last row).
		const half = ((y + 0.5) / size) * (size / 2);
		for (let x = 0; x < size; x++) {
			const i = (y * size + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = Math.abs(x - mid) <= half ? 255 : 0;
		}
	}
	return { width: size, height: size, data };
}
