/**
 * A diagonal-stripe pattern for areas whose status the map marks (Crimea, annexed), so the marking
 * does not rest on colour alone. Pure pixels: no canvas needed.
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
