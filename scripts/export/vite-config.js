/**
 * The Vite configuration of the one-file export: the site's own components and map code, built
 * from src/export/main.ts into one classic script (every dynamic import inlined, MapLibre and its
 * worker included) and one stylesheet with the fonts inlined. SvelteKit's `$app/paths` and
 * `$app/navigation` are replaced by the export's own (src/export/), which know no server.
 */
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { join } from 'node:path';

/** `root`: the project folder. */
export function exportConfig(root) {
	return {
		root,
		configFile: false,
		// A production build even where an earlier dev server set NODE_ENV (no author mode, no dev checks).
		mode: 'production',
		logLevel: 'warn',
		publicDir: false,
		plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
		resolve: {
			alias: [
				{ find: '$app/paths', replacement: join(root, 'src/export/paths.ts') },
				{ find: '$app/navigation', replacement: join(root, 'src/export/navigation.ts') },
				{ find: /^\$lib\//, replacement: `${join(root, 'src/lib')}/` }
			]
		},
		build: {
			write: false,
			emptyOutDir: false,
			copyPublicDir: false,
			// Everything in the file: fonts as data: URLs, no chunk to fetch.
			assetsInlineLimit: () => true,
			cssCodeSplit: false,
			modulePreload: false,
			target: 'es2022',
			lib: {
				entry: join(root, 'src/export/main.ts'),
				formats: ['iife'],
				name: 'meridianExport',
				fileName: () => 'export.js',
				cssFileName: 'export'
			},
			rollupOptions: { output: { inlineDynamicImports: true } }
		}
	};
}
