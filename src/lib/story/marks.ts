/**
 * Map marks in step text: `[Geneva](place:geneva)`, `[Kazakhstan](country:KAZ)`,
 * `[Crimea](area:crimea)`. Markdown's link form, with a map reference where a link has its
 * address, so an author writes them as they would a link and no address ever reaches the page.
 */
import type { Inline, MapRef, Paragraph } from './types';

const KINDS = ['place', 'country', 'area'] as const;
const HREF = /^(place|country|area):([A-Za-z0-9-]+)$/;

/** The map reference a mark's target names, or null for anything else (a web address). */
export function mapRef(href: string): MapRef | null {
	const m = HREF.exec(href);
	return m ? { kind: m[1] as MapRef['kind'], id: m[2]! } : null;
}

/** What an author is told about a link that is not a map mark. */
export const markProblem = (raw: string) =>
	`found a link ("${raw.slice(0, 40)}"); expected plain text, or a map mark such as [Geneva](place:geneva) (${KINDS.map((k) => `${k}:<id>`).join(', ')})`;

/** Every map mark in the paragraphs, in reading order (a mark inside emphasis too). */
export function marksIn(paragraphs: Paragraph[]): MapRef[] {
	const walk = (inlines: Inline[]): MapRef[] =>
		inlines.flatMap((i) =>
			i.kind === 'mark' ? [i.ref, ...walk(i.children)] : i.kind === 'text' ? [] : walk(i.children)
		);
	return paragraphs.flatMap(walk);
}
