/**
 * Escaping text for HTML and XML (SVG) markup, so no content can become markup. Shared by the static
 * maps and the embed code: neither owns it.
 */

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** The text with `& < > " '` as entities: safe in element content and in quoted attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
