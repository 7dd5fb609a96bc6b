/**
 * Deep links: every step has an address, `#<step-id>`. Reading a hash decides where a story opens;
 * anything else in the hash (the skip link's #main, a stale or mistyped id) is not an error.
 */

export type Opening =
	{ kind: 'start' } | { kind: 'step'; index: number } | { kind: 'unknown'; id: string };

/** Ids the page itself uses as anchors, which are never step addresses. */
const PAGE_ANCHORS = new Set(['main', 'about']);

export function openingFor(hash: string, stepIds: readonly string[]): Opening {
	let id = hash.replace(/^#/, '');
	try {
		id = decodeURIComponent(id);
	} catch {
		// A malformed escape is just an unknown address.
	}
	if (!id || PAGE_ANCHORS.has(id)) return { kind: 'start' };
	const index = stepIds.indexOf(id);
	return index >= 0 ? { kind: 'step', index } : { kind: 'unknown', id };
}

/** The longest id a notice will repeat; real step ids are a few words. */
const MAX_SHOWN = 40;

/**
 * The id as a notice may show it, or null to name none. Only what could be a step id (lower-case
 * letters, digits and hyphens, the content schema's rule) is repeated: an address is anyone's
 * text, and a crafted link must not put its words, control characters or right-to-left overrides
 * on our page, nor widen it with a 10,000-character id.
 */
export function shownId(id: string): string | null {
	return id.length <= MAX_SHOWN && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : null;
}
