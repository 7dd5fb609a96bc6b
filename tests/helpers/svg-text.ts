/**
 * The names a static map draws, read back from its SVG text, with the box each covers by the
 * renderer's own width estimate (the browser test measures the real boxes).
 */
import { textBox, type Anchor, type Box } from '../../src/lib/static-map/placement';

export interface DrawnText {
	lines: string[];
	box: Box;
	attrs: Record<string, string>;
}

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

export function drawnTexts(svg: string): DrawnText[] {
	return [...svg.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)].map(([, attrText, inner]) => {
		const attrs = Object.fromEntries(
			[...attrText!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!])
		);
		const lines = [...inner!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => unescape(m[1]!));
		const dys = [...inner!.matchAll(/dy="([\d.]+)"/g)].map((m) => Number(m[1]));
		const box = textBox(
			lines,
			{
				x: Number(attrs.x),
				y: Number(attrs.y),
				anchor: (attrs['text-anchor'] ?? 'start') as Anchor
			},
			{
				size: Number(attrs['font-size']),
				lineHeight: dys[0] ?? 0,
				letterSpacing: Number(attrs['letter-spacing'] ?? 0),
				halo: 0
			}
		);
		return { lines, box, attrs };
	});
}
