/**
 * The one-file export's HTML: the built script and stylesheet inline, the story's data as a JSON
 * block, and a content security policy that allows exactly those (by hash) and nothing from
 * anywhere else. MapLibre starts its worker from a blob, hence `worker-src blob:`; the fonts are
 * made from bytes (src/export/fonts.ts), so no font source is allowed.
 */
import { createHash } from 'node:crypto';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Text that must not end the element it sits in (`</script`, `</style`). */
function inert(text, tag) {
	if (new RegExp(`</${tag}`, 'i').test(text)) {
		throw new Error(`the export's ${tag} contains "</${tag}", which would end it early`);
	}
	return text;
}

/** `data`: src/export/data.ts's ExportData. `js`, `css`: the built script and stylesheet. */
export function exportPage(data, js, css) {
	const policy = [
		"default-src 'none'",
		`script-src ${sha256(js)}`,
		`style-src ${sha256(css)}`,
		'img-src data: blob:',
		'worker-src blob:',
		"base-uri 'none'",
		"form-action 'none'"
	].join('; ');
	// JSON in HTML: `<` escaped, so no text in the story can close the element.
	const json = JSON.stringify(data).replace(/</g, '\\u003c');
	const title = data.story.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${title} · Meridian</title>
<style>${inert(css, 'style')}</style>
</head>
<body>
<noscript><p>This copy of the story needs JavaScript: turn it on to read the story and see its map.</p></noscript>
<script type="application/json" id="meridian-export">${json}</script>
<script>${inert(js, 'script')}</script>
</body>
</html>
`;
}
