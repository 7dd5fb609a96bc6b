#!/usr/bin/env node
/**
 * `npm run export -- <slug>`: writes export/<slug>.html, one self-contained file of a story for a
 * classroom without a network (a USB stick, an attachment): the built handout with its styles,
 * fonts and static maps inlined, and a presenter (the "Present" button, or #present). It loads
 * nothing from anywhere. Builds the site first if the build is missing. Prints the file's size.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => join(root, ...p);

/** Every story's slug, as its file says. */
function slugs() {
	return readdirSync(at('src/content'))
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => /^slug:\s*['"]?([a-z0-9-]+)/m.exec(readFileSync(at('src/content', f), 'utf8'))?.[1])
		.filter(Boolean);
}

/** The file a page-relative address names inside build/. */
const built = (page, href) => join(dirname(page), href.split(/[?#]/)[0]);

const dataUri = (type, bytes) => `data:${type};base64,${bytes.toString('base64')}`;
/** SVG stays text: percent-encoding the few characters that need it is smaller than base64. */
const svgUri = (text) =>
	`data:image/svg+xml,${text.replace(/[%#"<>\n\r\t]/g, (c) => encodeURIComponent(c))}`;

/** A stylesheet with its fonts inlined. */
function inlineCss(file) {
	return readFileSync(file, 'utf8').replace(
		/url\(\.\/([^)]+\.woff2)\)/g,
		(_, font) => `url(${dataUri('font/woff2', readFileSync(join(dirname(file), font)))})`
	);
}

export function exportStory(slug) {
	const known = slugs();
	if (!known.includes(slug)) {
		throw new Error(
			`no story called "${slug}"; expected one of: ${known.join(', ')} (src/content/<slug>.yaml)`
		);
	}
	const page = at('build/stories', slug, 'print/index.html');
	if (!existsSync(page)) execSync('npm run build', { cwd: root, stdio: 'inherit' });
	let html = readFileSync(page, 'utf8');
	const css = [];
	html = html
		// The site's own scripts need its server; the export's presenter below replaces them.
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<link\b[^>]*>/g, (tag) => {
			const href = /href="([^"]+)"/.exec(tag)?.[1];
			if (href && /rel="stylesheet"/.test(tag)) css.push(inlineCss(built(page, href)));
			return '';
		})
		// Links to the site's other pages lead nowhere from a file.
		.replace(/<p class="screen-only[^"]*">[\s\S]*?<\/p>/g, '')
		.replace(/<a class="skip[^"]*" href="#main">[\s\S]*?<\/a>/, '')
		.replace(/<img([^>]*?) src="([^"]+\.svg)"/g, (_, before, src) => {
			return `<img${before} src="${svgUri(readFileSync(built(page, src), 'utf8'))}"`;
		});
	const presentCss = readFileSync(at('scripts/export/present.css'), 'utf8');
	const presentJs = readFileSync(at('scripts/export/present.js'), 'utf8');
	// The site's policy allows its own files; the export has none, so it allows only what it inlines.
	const hash = createHash('sha256').update(presentJs).digest('base64');
	const policy = `default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'sha256-${hash}'`;
	html = html
		.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
		.replace('<head>', `<head><meta http-equiv="content-security-policy" content="${policy}">`)
		.replace('</head>', `<style>${css.join('\n')}\n${presentCss}</style></head>`)
		.replace(
			/<body([^>]*)>/,
			`<body$1><div class="present-bar"><button type="button" id="present-toggle">Present</button><p id="present-counter" aria-live="polite"></p></div>`
		)
		.replace('</body>', `<script>${presentJs}</script></body>`);
	if (/\b(src|href)="(?!data:|#)/.test(html)) {
		throw new Error(
			`export of "${slug}" still points at a file: ${/\b(src|href)="(?!data:|#)[^"]*"/.exec(html)?.[0]}`
		);
	}
	mkdirSync(at('export'), { recursive: true });
	const out = at('export', `${slug}.html`);
	writeFileSync(out, html);
	return { file: out, bytes: statSync(out).size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const slug = process.argv[2];
	if (!slug) {
		console.error(`usage: npm run export -- <slug>; stories: ${slugs().join(', ')}`);
		process.exit(1);
	}
	try {
		const { file, bytes } = exportStory(slug);
		console.log(`export: wrote ${file.slice(root.length + 1)} (${(bytes / 1024).toFixed(0)} KB)`);
	} catch (e) {
		console.error(`export: ${e.message}`);
		process.exit(1);
	}
}
