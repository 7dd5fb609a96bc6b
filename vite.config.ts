import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
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

/**
 * The reading views' code in one chunk rather than a dozen (issue 12: requests): the Svelte and
 * SvelteKit runtimes and every module a story page imports statically. What loads on demand
 * (MapLibre, the static map's projection) keeps its own chunks. Browser build only: SvelteKit
 * builds the server first, with the same config, and its chunks are nobody's download.
 */
function readerChunk(): Plugin {
	let server = false;
	return {
		name: 'meridian:reader-chunk',
		configResolved(config) {
			server = !!config.build.ssr;
		},
		outputOptions(options) {
			if (server) return null;
			return {
				...options,
				codeSplitting: {
					groups: [
						{
							name: 'reader',
							tags: ['$initial'],
							test: (id: string) => !OTHER_VIEWS.test(id) && !ROUTE_ENTRIES.test(id)
						}
					]
				}
			};
		}
	};
}

export default defineConfig({
	plugins: [storyContentCheck(), sveltekit(), readerChunk()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Some tests draw every static map or run the geo pipeline: seconds on a quiet machine,
		// more on a loaded CI machine, where 5 s would fail them for the machine's sake.
		testTimeout: 30_000,
		// Vitest leaves a core free by default (one worker on two cores); the suite's longest file
		// waits on child processes, so both cores are worth a worker.
		maxWorkers: 2
	}
});
