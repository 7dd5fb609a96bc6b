/**
 * Every name on the static map, placed so none overlaps another: first what the story draws
 * (areas' names, sites, and each marker with its label, trying the side facing the middle of the
 * view, then the other side, above and below), then the scene's context labels in priority order,
 * each only where it fits. Markers are never dropped; context labels give way.
 */
import type { geoPath, GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';
import { contextLabelLook, palette, theme } from '../theme/theme.ts';
import type { Scene } from '../story/types';
import { textBox, type Anchor, type Box, type Placer } from './placement.ts';
import { el, text } from './svg.ts';

type Path = ReturnType<typeof geoPath>;
const MARKER_LINE = 16;
const AREA_LINE = 15;

/** Shared look of names with a halo. */
const haloed = (size: number, color: string = palette.label, halo = 3) => ({
	'font-size': size,
	'font-weight': 600,
	fill: color,
	stroke: palette.halo,
	'stroke-width': halo,
	'paint-order': 'stroke'
});

/** Where a marker's label may go, in order of preference: a text anchor and its first baseline. */
function markerSpots(
	[x, y]: [number, number],
	side: 'left' | 'right',
	lines: number
): { x: number; y: number; anchor: Anchor }[] {
	const gap = theme.marker.radius + 4;
	const h = (lines - 1) * MARKER_LINE;
	const facing = {
		x: side === 'left' ? x - gap : x + gap,
		y: y + 5,
		anchor: side === 'left' ? 'end' : 'start'
	} as const;
	const away = {
		x: side === 'left' ? x + gap : x - gap,
		y: y + 5,
		anchor: side === 'left' ? 'start' : 'end'
	} as const;
	return [
		facing,
		away,
		{ x, y: y - gap - 4 - h, anchor: 'middle' },
		{ x, y: y + gap + 12, anchor: 'middle' },
		{ ...facing, y: y + 5 - h },
		{ ...away, y: y + 5 - h }
	];
}

/** A dot's own box, so no name covers it. */
const dotBox = ([x, y]: [number, number], r: number): Box => ({
	x0: x - r - 1,
	y0: y - r - 1,
	x1: x + r + 1,
	y1: y + r + 1
});

export function storyLabels(
	scene: Scene,
	projection: GeoProjection,
	path: Path,
	areaShapes: Map<string, Feature>,
	placer: Placer
): string {
	const { marker, labels } = theme;
	const dots = scene.markers
		.map((m) => ({ m, at: projection(m.coordinates) as [number, number] | null }))
		.filter((d): d is { m: (typeof scene.markers)[number]; at: [number, number] } => d.at !== null);
	const sites = scene.overlays
		.map((o) => ({
			o,
			at:
				o.role === 'site' && o.geometry.type === 'Point'
					? projection(o.geometry.coordinates as [number, number])
					: null
		}))
		.filter(
			(s): s is { o: (typeof scene.overlays)[number]; at: [number, number] } => s.at !== null
		);
	for (const d of dots) placer.take(dotBox(d.at, marker.radius + marker.strokeWidth));
	for (const s of sites) placer.take(dotBox(s.at, theme.overlays.site.size / 2 + 1));

	const out: string[] = [];
	for (const a of scene.areas) {
		const shape = areaShapes.get(a.id);
		if (!shape) continue;
		const [[x0], [x1, y1]] = path.bounds(shape);
		const lines = a.label.split('\n');
		const at = { x: (x0 + x1) / 2, y: y1 + 16, anchor: 'middle' as const };
		const size = theme.area.label.size;
		placer.place([textBox(lines, at, { size, lineHeight: AREA_LINE })], false);
		out.push(
			text(
				lines,
				{ x: at.x.toFixed(1), y: at.y.toFixed(1), 'text-anchor': 'middle', ...haloed(size) },
				AREA_LINE
			)
		);
	}
	for (const s of sites) {
		const size = labels.marker.static - 1;
		const spots = markerSpots(s.at, 'right', 1);
		const i = placer.place(
			spots.map((at) => textBox([s.o.name], at, { size, lineHeight: MARKER_LINE })),
			false
		);
		const at = spots[i]!;
		out.push(
			text(
				[s.o.name],
				{
					x: at.x.toFixed(1),
					y: at.y.toFixed(1),
					'text-anchor': at.anchor,
					...haloed(size, palette.label, 3.5)
				},
				MARKER_LINE
			)
		);
	}
	for (const { m, at: dot } of dots) {
		const lines = m.note ? [m.name, ...m.note.split('\n')] : [m.name];
		const size = labels.marker.static;
		const spots = markerSpots(dot, m.side, lines.length);
		const i = placer.place(
			spots.map((at) => textBox(lines, at, { size, lineHeight: MARKER_LINE })),
			false
		);
		const at = spots[i]!;
		out.push(
			el('circle', {
				cx: dot[0].toFixed(1),
				cy: dot[1].toFixed(1),
				r: marker.radius,
				fill: marker.fill,
				stroke: marker.stroke,
				'stroke-width': marker.strokeWidth
			}) +
				text(
					lines,
					{
						x: at.x.toFixed(1),
						y: at.y.toFixed(1),
						'text-anchor': at.anchor,
						'data-marker': m.id,
						...haloed(size, palette.label, labels.marker.haloWidth * 1.75)
					},
					MARKER_LINE
				)
		);
	}
	return out.join('');
}

/** Context labels, each centred on its point if it fits; the rest are left out. */
export function contextLabels(scene: Scene, projection: GeoProjection, placer: Placer): string {
	return scene.labels
		.map((label) => {
			const at = projection(label.at);
			if (!at) return '';
			const look = contextLabelLook(label.kind, label.rank);
			const spacing = look.size * look.letterSpacing;
			const line = look.upper ? label.name.toUpperCase() : label.name;
			// On its point, or just above or below it (as far as a line), whichever is free; a small
			// state's name only below or above its symbol, which sits on the point.
			const spots = (label.small ? [1.6, -1.6] : [0, -1.3, 1.3]).map((dy) => ({
				x: at[0],
				y: at[1] + look.size * (0.35 + dy),
				anchor: 'middle' as const
			}));
			const style = { size: look.size, lineHeight: look.size, letterSpacing: spacing };
			const i = placer.place(
				spots.map((spot) => textBox([line], spot, style)),
				true
			);
			if (i < 0) return '';
			const spot = spots[i]!;
			return text(
				[line],
				{
					x: spot.x.toFixed(1),
					y: spot.y.toFixed(1),
					'text-anchor': 'middle',
					'letter-spacing': +spacing.toFixed(2),
					'data-label': label.id,
					...haloed(look.size, look.color, 3),
					stroke: look.halo,
					'font-weight': look.weight,
					'font-style': look.upper ? undefined : 'italic'
				},
				look.size
			);
		})
		.join('');
}
