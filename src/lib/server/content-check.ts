/**
 * A Vite plugin that validates every story before anything is built, so a broken story stops
 * `vite build` and `vite dev` at once with the parser's message alone (no stack trace).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseStory, StoryError } from '../story/parse.ts';
import { sceneForStep } from '../story/scene.ts';
import { loadRegistry } from './registry.ts';
import { staticMapProblems } from './static-maps.ts';

export const CONTENT_DIR = 'src/content';

/** @param root the project root (default: the working directory, as in every build) */
export function storyContentCheck(root = process.cwd()): Plugin {
	return {
		name: 'meridian:story-content-check',
		buildStart() {
			const registry = loadRegistry(root);
			const problems: string[] = [];
			const names = readdirSync(join(root, CONTENT_DIR)).filter((f) => f.endsWith('.yaml'));
			for (const name of names.sort()) {
				const file = `${CONTENT_DIR}/${name}`;
				const overlays = file.replace(/\.yaml$/, '.geojson');
				const text = existsSync(join(root, overlays))
					? readFileSync(join(root, overlays), 'utf8')
					: null;
				try {
					const story = parseStory(readFileSync(join(root, file), 'utf8'), file, registry, {
						file: overlays,
						text
					});
					// Every step must also be drawable without WebGL, as a static map.
					for (const step of story.steps) {
						const scene = sceneForStep(step, story, registry);
						problems.push(...staticMapProblems(scene, root).map((p) => `${file}: ${p}`));
					}
				} catch (e) {
					if (!(e instanceof StoryError)) throw e;
					problems.push(e.message);
				}
			}
			if (problems.length) this.error(`invalid story content\n${problems.join('\n')}`);
		}
	};
}
