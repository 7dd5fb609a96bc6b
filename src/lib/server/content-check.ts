/**
 * A Vite plugin that validates every story before anything is built, so a broken story stops
 * `vite build` and `vite dev` at once with the parser's message alone (no stack trace). Every
 * story gets every check here, with no test of its own: the schema and references (the parser),
 * character references, mends against the source article, and a static map for each step.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { characterReferences, referenceProblem } from '../story/entities.ts';
import { mendProblems } from '../story/mends.ts';
import { parseStory, StoryError } from '../story/parse.ts';
import { fineRegionsOf } from '../story/fine-regions.ts';
import { sceneForStep } from '../story/scene.ts';
import { loadRegistry } from './registry.ts';
import { staticMapProblems } from './static-maps.ts';

export const CONTENT_DIR = 'src/content';
/** Where the article a story quotes lives: `<slug>.txt` here (see its README). */
export const SOURCES_DIR = `${CONTENT_DIR}/sources`;

/**
 * A content error for the dev server, with no stack of its own: the message names every file,
 * line and field, and a stack trace through the bundler would only bury it.
 */
export class ContentError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ContentError';
		this.stack = message;
	}
}

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
				const text = readFileSync(join(root, file), 'utf8');
				const references = characterReferences(text);
				for (const { line, col, found } of references) {
					problems.push(`${file}:${line}:${col}: ${referenceProblem(found)}`);
				}
				// The parser refuses those in step text too: once is enough.
				if (references.length) continue;
				const overlays = file.replace(/\.yaml$/, '.geojson');
				const overlayText = existsSync(join(root, overlays))
					? readFileSync(join(root, overlays), 'utf8')
					: null;
				try {
					const story = parseStory(text, file, registry, { file: overlays, text: overlayText });
					const sourceFile = `${SOURCES_DIR}/${story.slug}.txt`;
					const source = existsSync(join(root, sourceFile))
						? readFileSync(join(root, sourceFile), 'utf8')
						: null;
					problems.push(...mendProblems(story, source, sourceFile).map((p) => `${file}: ${p}`));
					// Every step must also be drawable without WebGL, as a static map.
					const fine = fineRegionsOf(story, registry);
					for (const step of story.steps) {
						const scene = sceneForStep(step, story, registry, fine);
						problems.push(...staticMapProblems(scene, root).map((p) => `${file}: ${p}`));
					}
				} catch (e) {
					if (!(e instanceof StoryError)) throw e;
					problems.push(e.message);
				}
			}
			if (!problems.length) return;
			const message = `invalid story content\n${problems.join('\n')}`;
			if (this.meta.watchMode) this.error(new ContentError(message));
			// A one-off build: the message alone, then stop. Through \`this.error\` the bundler would
			// wrap it in an error of its own and print that error's stack trace after it.
			console.error(`\n${message}\n`);
			process.exit(1);
		}
	};
}
