/**
 * A few helpers for writing SVG as text safely: every text and attribute value is escaped, so no
 * content can become markup.
 */
import { escapeXml } from '../text/escape.ts';

/** `<name a="b">…</name>`, with attributes escaped and children already SVG. */
export function el(
	name: string,
	attrs: Record<string, string | number | undefined>,
	children = ''
): string {
	const list = Object.entries(attrs)
		.filter(([, v]) => v !== undefined && v !== '')
		.map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
		.join('');
	return children ? `<${name}${list}>${children}</${name}>` : `<${name}${list}/>`;
}

/** A text element with escaped content, one tspan per line. */
export function text(
	lines: string[],
	attrs: Record<string, string | number | undefined>,
	lineHeight: number
): string {
	const spans = lines
		.map((line, i) =>
			el('tspan', { x: attrs.x, dy: i === 0 ? undefined : lineHeight }, escapeXml(line))
		)
		.join('');
	return el('text', attrs, spans);
}
