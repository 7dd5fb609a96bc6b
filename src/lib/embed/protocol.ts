/**
 * The messages between an embedded story (the frame) and the news site's page around it (the
 * host), version 1. EMBEDDING.md documents them for newsrooms; `static/embed.js` is the host
 * side. Everything here is pure, so every rule about what a frame accepts is unit-tested.
 *
 * Host → frame: `{ type: 'meridian:hello', version: 1 }` (are you there? say ready), and
 * `{ type: 'meridian:viewport', version: 1, top, height }`: where the frame's top
 * edge is in the host's viewport, and how tall that viewport is (CSS px). A pym.js parent with
 * `trackscroll` sends the same facts as `pymxPYMx<id>xPYMxviewport-iframe-positionxPYMx<w> <h> <top> …`.
 *
 * Frame → host: `meridian:ready` (send me the viewport), `meridian:height` (size me to this),
 * `meridian:step` (the map settled on a step: the data-* contract's strings) and `meridian:scroll`
 * (the reader pressed J/K: bring this frame y to the middle of your viewport).
 */

export const PROTOCOL_VERSION = 1;

/** Where the host's viewport is, seen from the frame: its top edge in host px, and its height. */
export interface HostViewport {
	/** The frame's top edge relative to the host viewport's top (negative once scrolled past). */
	top: number;
	/** The host viewport's height. */
	height: number;
}

/** What the frame tells the host; all carry `version: PROTOCOL_VERSION`. */
export type FrameMessage =
	| { type: 'meridian:ready'; version: 1 }
	| { type: 'meridian:height'; version: 1; height: number }
	| ({ type: 'meridian:step'; version: 1; index: number; count: number } & StepState)
	| { type: 'meridian:scroll'; version: 1; top: number; smooth: boolean };

/** The map's settled state, as the same strings as the map's data-* attributes. */
export interface StepState {
	step: string;
	center: string;
	zoom: string;
	bounds: string;
	highlight: string;
}

/** No real page is taller than this; larger positions are garbage, not layout. */
const MAX_PX = 1_000_000;
/** No real viewport is taller (an 8K screen in portrait is 7680 px); a taller one is garbage. */
const MAX_VIEWPORT = 16_384;
/**
 * No real viewport is shorter (a phone held sideways with its keyboard open still shows ~150 px);
 * a shorter one is garbage, and would lay the story out for a sliver.
 */
export const MIN_VIEWPORT = 100;
/**
 * The shortest height the story is laid out for. A real but very short viewport (a sideways phone
 * with its keyboard up) still gets a readable map and steps; the frame scrolls past the rest.
 */
export const MIN_LAYOUT = 320;
/** Longer strings are not pym messages (a real one is well under 100 characters). */
const MAX_STRING = 256;
const inRange = (n: unknown, min: number, max: number): n is number =>
	typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max;

/**
 * A version 1 message of this type with exactly these other fields, or null. Exactly: a valid
 * message padded with a huge extra field is still refused.
 */
function message(data: unknown, type: string, fields: string[]): Record<string, unknown> | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const keys = Object.keys(data);
	const expected = ['type', 'version', ...fields];
	if (keys.length !== expected.length || !expected.every((k) => keys.includes(k))) return null;
	const m = data as Record<string, unknown>;
	return m.type === type && m.version === PROTOCOL_VERSION ? m : null;
}

/**
 * The host viewport a message carries, or null for anything else: wrong type or version, missing,
 * extra, non-finite or out-of-range fields, oversized strings. `pymChildId`: the `childId` a pym.js
 * parent gave this frame, whose `viewport-iframe-position` messages are accepted too.
 */
export function readHostMessage(data: unknown, pymChildId: string | null): HostViewport | null {
	if (typeof data === 'string') return pymChildId === null ? null : readPym(data, pymChildId);
	const m = message(data, 'meridian:viewport', ['top', 'height']);
	if (!m || !inRange(m.top, -MAX_PX, MAX_PX) || !inRange(m.height, MIN_VIEWPORT, MAX_VIEWPORT))
		return null;
	return { top: m.top, height: m.height };
}

/**
 * Whether a message is the host's `meridian:hello`, exactly. The loader sends it to frames that
 * may have announced `ready` before the loader ran (an async script, a cached story).
 */
export function isHello(data: unknown): boolean {
	return message(data, 'meridian:hello', []) !== null;
}

const PYM = 'xPYMx';

/** A pym.js message string: `pymxPYMx<childId>xPYMx<type>xPYMx<value>`. */
export function pymMessage(childId: string, type: string, value: string | number): string {
	return ['pym', childId, type, String(value)].join(PYM);
}

/** pym's `viewport-iframe-position` value is "<width> <height> <top> <left> <bottom> <right>". */
function readPym(data: string, childId: string): HostViewport | null {
	if (data.length > MAX_STRING) return null;
	const prefix = pymMessage(childId, 'viewport-iframe-position', '');
	if (!data.startsWith(prefix)) return null;
	const numbers = data.slice(prefix.length).split(' ').map(Number);
	if (numbers.length !== 6) return null;
	const [, height, top] = numbers;
	if (!inRange(top, -MAX_PX, MAX_PX) || !inRange(height, MIN_VIEWPORT, MAX_VIEWPORT)) return null;
	return { top, height };
}

/**
 * The pym.js child id in a frame's query string (`?initialWidth=…&childId=…`), if a pym parent
 * made this frame. Ids are element ids on the host page: short, and with no message delimiter.
 */
export function pymChildId(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	if (!id || id.length > 100 || id.includes(PYM)) return null;
	return id;
}

/**
 * Whether a host at `origin` may drive this frame. `allowed` comes from EMBED_ORIGINS at build
 * time; empty means any site may embed and sync the story (it is public, and a host page already
 * decides where the frame is and whether it is seen).
 */
export function hostAllowed(origin: string, allowed: readonly string[]): boolean {
	return allowed.length === 0 || allowed.includes(origin);
}

/**
 * Parses EMBED_ORIGINS: origins separated by commas or spaces, each exactly `scheme://host[:port]`.
 * Throws with the offending entry, so a typo fails the build instead of silently blocking a partner.
 */
export function parseOrigins(value: string | undefined): string[] {
	const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
	return entries.map((entry) => {
		let url: URL;
		try {
			url = new URL(entry);
		} catch {
			throw new Error(`EMBED_ORIGINS: "${entry}" is not a URL; expected e.g. https://news.example`);
		}
		if (!/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
			throw new Error(
				`EMBED_ORIGINS: "${entry}" is not an origin; expected scheme://host[:port] with no path, e.g. ${url.origin}`
			);
		}
		return url.origin;
	});
}

/**
 * The viewport height the frame lays itself out for (map size, step spacing), as opposed to the
 * live height that places the trigger line. A phone's address bar changes the live height on
 * every scroll; relaying out the whole story each time would jump the text under the reader's
 * finger and resize the host page. So, like CSS `svh`, the layout keeps the smallest height seen,
 * and starts over only on a real change: a new frame width (rotation) or a height 25% larger.
 * It is never below MIN_LAYOUT, however short the host's viewport.
 */
export function layoutHeight(
	previous: { height: number; width: number } | null,
	next: { height: number; width: number }
): number {
	const height = Math.max(MIN_LAYOUT, next.height);
	if (!previous || next.width !== previous.width) return height;
	if (height < previous.height || height > previous.height * 1.25) return height;
	return previous.height;
}
