/**
 * Which names a view shows for orientation, besides its markers: every country the step names (in
 * its words or on its map), the seas in view, and the largest countries in view by the share of
 * the frame they fill, each in a size of the hierarchy. Pure; decided at build time, drawn by both
 * maps, which place them after the markers and drop whichever would overlap.
 */
import { nearLon } from '../data/longitude.js';
import { isCloseUp } from './frame.ts';
import type { Registry } from './registry';
import type { Bounds, LonLat, SceneLabel } from './types';

/** Unnamed countries in view get a label when they fill at least this share of the frame. */
const MIN_SHARE = 0.02;
/** At most this many unnamed countries, largest first, so a view is not a gazetteer. */
const MAX_LARGEST = 6;
/** Shares of the frame at which a name is drawn in the largest and the middle size. */
const RANK_AT = [0.12, 0.03] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Country ids whose name the text uses: at a word's start, alone or as an adjective ("Russia",
 * "Russia’s", "Russian", "Russians"), so "Niger" does not match "Nigeria".
 */
export function countriesNamedIn(text: string, registry: Registry): string[] {
	return [...registry.countries.values()]
		.filter((c) => new RegExp(`(?<!\\p{L})${escape(c.name)}(?:n|ns)?(?!\\p{L})`, 'u').test(text))
		.map((c) => c.id);
}

/** A point moved by whole turns next to the frame, which may reach past 180°. */
const nearFrame = ([lon, lat]: LonLat, [w, , e]: Bounds): LonLat => [
	nearLon(lon, (w + e) / 2),
	lat
];

const inside = (point: LonLat, [w, s, e, n]: Bounds, margin = 0) => {
	const [lon, lat] = nearFrame(point, [w, s, e, n]);
	const mx = (e - w) * margin;
	const my = (n - s) * margin;
	return lon >= w + mx && lon <= e - mx && lat >= s + my && lat <= n - my;
};

/** The frame less a share of its width and height on every side. */
const shrink = ([w, s, e, n]: Bounds, by: number): Bounds => {
	const dx = (e - w) * by;
	const dy = (n - s) * by;
	return [w + dx, s + dy, e - dx, n - dy];
};

const rankOf = (share: number): SceneLabel['rank'] =>
	share >= RANK_AT[0] ? 0 : share >= RANK_AT[1] ? 1 : 2;

interface Candidate {
	id: string;
	share: number;
	at: LonLat;
	/** A small state's name, at its symbol: the maps put it beside the symbol, never on it. */
	small?: boolean;
}

/** A country as the frame shows it: where its name goes (its own label point if well inside). */
function candidate(id: string, frame: Bounds, registry: Registry): Candidate | undefined {
	const country = registry.countries.get(id);
	if (!country) return undefined;
	// Most of the world is nowhere near the frame: skip clipping shapes whose box misses it, one
	// turn either way included (boxes and frames across 180° reach past it).
	const [w, s, e, n] = country.bbox;
	const overlaps = [-360, 0, 360].some((turn) => w + turn <= frame[2] && e + turn >= frame[0]);
	if (!overlaps || s > frame[3] || n < frame[1]) return undefined;
	// The country's own label point if well inside the view (clear of the edges, where phones crop
	// and the legend and inset sit), else the middle of what the view's inner part shows of it.
	const own =
		country.label && inside(country.label, frame, 0.15)
			? nearFrame(country.label, frame)
			: undefined;
	// A small state the story map draws as a symbol: named at its symbol, if that is in view.
	if (country.shapeless) {
		if (!country.label || !inside(country.label, frame)) return undefined;
		return { id, share: 0, at: nearFrame(country.label, frame), small: true };
	}
	if (!registry.visible) return own ? { id, share: 0, at: own } : undefined;
	const part = registry.visible(id, frame);
	if (!part) return undefined;
	const inner = own ? undefined : registry.visible(id, shrink(frame, 0.15));
	if (!own && !inner) return undefined;
	return { id, share: part.share, at: own ?? inner!.at };
}

export function contextLabels(parts: {
	/** Countries the step's words or map name, in the order they matter. */
	named: string[];
	frame: Bounds;
	registry: Registry;
}): SceneLabel[] {
	const { named, frame, registry } = parts;
	const country = (c: Candidate): SceneLabel => ({
		id: c.id,
		name: registry.countries.get(c.id)!.name,
		kind: 'country',
		at: c.at,
		rank: rankOf(c.share),
		...(c.small ? { small: true } : {})
	});
	const namedLabels = [...new Set(named)]
		.map((id) => candidate(id, frame, registry))
		.filter((c): c is Candidate => c !== undefined)
		.sort((a, b) => b.share - a.share);
	const taken = new Set(named);
	const largest = registry.visible
		? [...registry.countries.values()]
				.filter((c) => !taken.has(c.id))
				.map((c) => candidate(c.id, frame, registry))
				.filter((c): c is Candidate => c !== undefined && c.share >= MIN_SHARE)
				.sort((a, b) => b.share - a.share || a.id.localeCompare(b.id))
				.slice(0, MAX_LARGEST)
		: [];
	// In a close-up, the small states in view are named too: an ocean of specks says nothing.
	const small = isCloseUp(frame)
		? [...registry.countries.values()]
				.filter((c) => c.shapeless && !taken.has(c.id))
				.map((c) => candidate(c.id, frame, registry))
				.filter((c): c is Candidate => c !== undefined)
				.sort((a, b) => a.id.localeCompare(b.id))
		: [];
	const seas: SceneLabel[] = registry.seas
		.filter((sea) => inside(sea.label, frame, 0.04))
		.map((sea) => ({
			id: sea.id,
			name: sea.name,
			kind: 'sea',
			at: nearFrame(sea.label, frame),
			rank: 1
		}));
	return [...namedLabels.map(country), ...seas, ...largest.map(country), ...small.map(country)];
}
