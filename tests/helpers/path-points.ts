/**
 * The points of SVG path data, absolute, one list per subpath: reads both d3-geo's absolute
 * `M x,y L x,y … Z` and the static maps' compact `m dx dy dx dy … z` (implicit relative line-tos).
 */
export function pathPoints(d: string): [number, number][][] {
	const subpaths: [number, number][][] = [];
	let pen: [number, number] = [0, 0];
	let start: [number, number] = [0, 0];
	for (const [, command, args] of d.matchAll(/([MLmlZz])([^MLmlZz]*)/g)) {
		if (command === 'Z' || command === 'z') {
			pen = start;
			continue;
		}
		const numbers = [...args!.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
		const relative = command === 'm' || command === 'l';
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			const [x, y] = [numbers[i]!, numbers[i + 1]!];
			pen = relative ? [pen[0] + x, pen[1] + y] : [x, y];
			if (i === 0 && (command === 'M' || command === 'm')) {
				start = pen;
				subpaths.push([]);
			}
			subpaths.at(-1)!.push(pen);
		}
	}
	return subpaths;
}
