import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The code map of CONTRIBUTING.md: every folder is an element, and each may import only what its row
 * says (itself, and the elements listed). Keep the two in step.
 */
const MAY_IMPORT = {
	// theme: the overlay roles and style limits the schema checks against; geo: framing limits.
	story: ['data', 'theme', 'geo'],
	scrolly: [],
	// ui: the legend, drawn over the map; static-map: its projection, for the static map's published state.
	map: ['story', 'geo', 'theme', 'data', 'ui', 'static-map'],
	// story: its types (bounds, cameras), type-only; data: the zoom cap, shared with the pipeline.
	geo: ['story', 'data'],
	'static-map': ['story', 'geo', 'theme', 'data', 'text'],
	ui: ['story', 'scrolly', 'map', 'embed', 'theme', 'data', 'text'],
	present: ['story', 'scrolly', 'map', 'ui'],
	embed: ['text'],
	server: ['story', 'static-map', 'embed', 'data', 'text', 'theme', 'geo'],
	routes: [
		'story',
		'scrolly',
		'map',
		'geo',
		'static-map',
		'ui',
		'present',
		'embed',
		'server',
		'theme',
		'data',
		'text'
	],
	// The one-file export's entry (src/export/): the site's views, its map and static maps, no server.
	export: ['story', 'map', 'static-map', 'ui', 'present', 'theme'],
	theme: [],
	data: [],
	text: [],
	pipeline: ['data']
};

const MAPLIBRE = {
	group: ['maplibre-gl', 'maplibre-gl/*'],
	message: 'Only src/lib/map/ talks to MapLibre.'
};
const NO_SVELTE = {
	group: ['svelte', 'svelte/*', '$app/*', '$env/*'],
	message: 'Pure TypeScript here: no Svelte or SvelteKit (CONTRIBUTING.md, "Code map").'
};

/** Where each element lives. `pipeline` is geo/ at the root (Node only), not src/lib/geo. */
const ELEMENTS = Object.keys(MAY_IMPORT).map((type) => ({
	type,
	pattern:
		{ routes: 'src/routes', pipeline: 'geo', export: 'src/export' }[type] ?? `src/lib/${type}`,
	partialMatch: false
}));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/data/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			'.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		// The embed loader runs as a classic script on other sites' pages: browser globals only.
		files: ['static/**/*.js'],
		languageOptions: { sourceType: 'script', globals: { ...globals.browser } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// CommonJS on purpose (the import resolver is loaded with require()).
		files: ['**/*.cjs'],
		rules: { '@typescript-eslint/no-require-imports': 'off' }
	},
	{
		files: ['src/**/*.{ts,js,svelte}', 'geo/**/*.{ts,js}'],
		plugins: { boundaries },
		settings: {
			'boundaries/elements': ELEMENTS,
			// $lib and extensionless imports, resolved as Vite does (see the file).
			'import/resolver': { './scripts/eslint-resolver.cjs': {} }
		},
		rules: {
			'boundaries/dependencies': [
				'error',
				{
					default: 'disallow',
					message: '{{from.type}} may not import {{to.type}} (CONTRIBUTING.md, "Code map")',
					policies: [
						...Object.entries(MAY_IMPORT).map(([type, others]) => ({
							from: { element: { type } },
							allow: { to: { element: { types: [type, ...others] } } }
						}))
					]
				}
			]
		}
	},
	{
		// One door to MapLibre: only src/lib/map/ may import it (see ARCHITECTURE.md).
		files: ['src/**/*.{ts,js,svelte}'],
		ignores: ['src/lib/map/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [MAPLIBRE] }] }
	},
	{
		// Pure TypeScript: what builds a scene, its geometry, its colours and its text run anywhere
		// (build, tests, pipeline), so no Svelte and no SvelteKit. Repeats MAPLIBRE: a later
		// no-restricted-imports replaces an earlier one for the same file.
		files: ['src/lib/{story,geo,theme,text,data}/**/*.{ts,js}'],
		rules: { 'no-restricted-imports': ['error', { patterns: [MAPLIBRE, NO_SVELTE] }] }
	}
);
