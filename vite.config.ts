import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyContentCheck } from './src/lib/server/content-check.ts';

export default defineConfig({
	plugins: [storyContentCheck(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Some tests draw every static map or run the geo pipeline: seconds on a quiet machine,
		// more on a loaded CI machine, where 5 s would fail them for the machine's sake.
		testTimeout: 30_000
	}
});
