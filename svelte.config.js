import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The CSP hashes of app.html's own inline scripts, read from the file so they cannot drift apart
 * from it. SvelteKit hashes only the scripts it writes.
 */
const appHtmlScripts = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map(([, body]) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the text reads without JavaScript and any static host can serve it.
		// `precompress` writes .br and .gz beside each file, for hosts (and `npm start`) that serve them.
		adapter: adapter({ strict: true, precompress: true }),
		// A page's stylesheets go into its HTML: no request before the text paints. The reading views'
		// styles are one file (vite.config.ts groups their code), 17 KB raw, 4.2 KB gzipped.
		inlineStyleThreshold: 20_000,
		// Served as a <meta> tag on every prerendered page; SvelteKit hashes its own inline script.
		// `frame-ancestors` only works as an HTTP header: see README, "Publishing".
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScripts],
				// Svelte writes a few style attributes (legend swatches); no script runs from them.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// MapLibre 5 starts its worker from a blob (see ARCHITECTURE.md, "Choices").
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
