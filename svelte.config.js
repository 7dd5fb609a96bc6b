import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
				'script-src': ['self'],
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
