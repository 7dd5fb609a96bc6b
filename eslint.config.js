import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
		// One door to MapLibre: only src/lib/map/ may import it (see ARCHITECTURE.md).
		files: ['src/**/*.{ts,js,svelte}'],
		ignores: ['src/lib/map/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['maplibre-gl', 'maplibre-gl/*'],
							message: 'Only src/lib/map/ talks to MapLibre.'
						}
					]
				}
			]
		}
	}
);
