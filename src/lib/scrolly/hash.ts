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
