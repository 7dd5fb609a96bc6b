/**
 * Plain text of tokenised story text, for narration, overviews and checks. Kept apart from the
 * parser so pages that need it do not ship `marked` to readers.
 */
import type { Inline } from './types';

export function plainText(inlines: Inline[]): string {
	return inlines.map((i) => (i.kind === 'text' ? i.text : plainText(i.children))).join('');
}
