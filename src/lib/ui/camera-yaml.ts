/**
 * The author mode's output: a step's `camera:` as YAML to paste into a story file, from the map's
 * settled state. Rounded to what a reader could tell apart (4 decimals ≈ 10 m; zoom to 0.01).
 */
export interface CameraState {
	center: string;
	zoom: string;
	bearing?: string;
	pitch?: string;
}

const num = (s: string | undefined, digits: number) => Number(Number(s ?? 0).toFixed(digits));

export function cameraYaml(stepId: string, state: CameraState): string {
	const [lon, lat] = state.center.split(',').map((v) => num(v, 4));
	const parts = [`center: [${lon}, ${lat}]`, `zoom: ${num(state.zoom, 2)}`];
	const bearing = num(state.bearing, 1);
	const pitch = num(state.pitch, 1);
	if (bearing) parts.push(`bearing: ${bearing}`);
	if (pitch) parts.push(`pitch: ${pitch}`);
	return `# step ${stepId}\ncamera: { ${parts.join(', ')} }\n`;
}
