import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyContentCheck } from './src/lib/server/content-check.ts';

/**
 * Code only the presenter, print, embedded and shared-step views use: it stays in their own
 * chunks, so a reader of the story does not download it.
 */
const OTHER_VIEWS =
	/[\\/]src[\\/]lib[\\/](present|ui[\\/]story[\\/]embedded)[\\/]|[\\/]src[\\/]lib[\\/]embed[\\/](host-link|protocol|sticky)|[\\/](Handout|PresenterNotes|SharedStep)\.svelte/;
/** Each route's own entry (its page component): SvelteKit loads these per page, whatever we do. */
const ROUTE_ENTRIES = /[\\/]src[\\/]routes[\\/]|[\\/]generated[\\/]client-optimized[\\/]/;

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [storyContentCheck(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// The reading views' code in one chunk rather than a dozen (issue 12: requests): the Svelte
				// and SvelteKit runtimes and every module a story page imports statically. What loads on
				// demand (MapLibre, the static map's projection) keeps its own chunks.
				codeSplitting: isSsrBuild
					? undefined
					: {
							groups: [
								{
									name: 'reader',
									tags: ['$initial'],
									test: (id: string) => !OTHER_VIEWS.test(id) && !ROUTE_ENTRIES.test(id)
								},
								// Rolldown's own helpers, which it adds to no entry's static graph.
								{ name: 'reader', test: /^\0rolldown[\\/]runtime/ }
							]
						}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Some tests draw every static map or run the geo pipeline: seconds on a quiet machine,
		// more on a loaded CI machine, where 5 s would fail them for the machine's sake.
		testTimeout: 30_000
	}
}));
