import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyContentCheck } from './src/lib/server/content-check.ts';

export default defineConfig({
	plugins: [storyContentCheck(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
