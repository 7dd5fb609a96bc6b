// Scaffolds a valid two-step story: `npm run new-story -- <slug>` writes src/content/<slug>.yaml.
// Every field is documented in src/content/README.md; the build validates what you write.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The text of a new story file for `slug`, dated `today`.
 * @param {string} slug
 * @param {string} today YYYY-MM-DD
 */
export function storyTemplate(slug, today) {
	return `# ${slug}: a Meridian story. Every field is documented in src/content/README.md.
slug: ${slug}
title: "A headline for ${slug}"
standfirst: "One or two sentences that say what the story is about; also its summary on the front page."
as_of: "${today}"
source:
  headline: "A headline for ${slug}"
  # The header's credit line. A story that quotes an article says so instead, such as:
  # Text: the source article “<its headline>”, quoted in full.
  credit: "Text: written for this explainer; it quotes no article."
  note: "Written for this explainer. Say here where the text comes from and exactly what was changed."
steps:
  - id: overview
    text: |
      The first step's text. The map frames the places and countries listed in *focus*, and draws the *markers*.
    map:
      focus: [brussels, geneva]
      markers: [brussels, geneva]
  - id: close-up
    text: |
      The second step. A *camera* sets an exact view: in npm run dev, the author mode over the map copies one for you.
    map:
      camera: { center: [4.43, 50.88], zoom: 5 }
      markers: [brussels]
`;
}

/**
 * Writes the story under `root`; returns its path, or throws an Error that says what to do.
 * @param {string | undefined} slug
 */
export function newStory(
	slug,
	root = process.cwd(),
	today = new Date().toISOString().slice(0, 10)
) {
	if (!slug || !SLUG.test(slug)) {
		throw new Error(
			`found ${slug ? `"${slug}"` : 'no slug'}; expected a slug of lower-case letters, digits and - (npm run new-story -- my-story)`
		);
	}
	const path = join('src', 'content', `${slug}.yaml`);
	if (existsSync(join(root, path))) {
		throw new Error(`${path} already exists; expected a new slug (nothing was written)`);
	}
	writeFileSync(join(root, path), storyTemplate(slug, today));
	return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		const path = newStory(process.argv[2]);
		console.log(
			`Wrote ${path}. Edit it (fields: src/content/README.md), then npm run dev to see it.`
		);
	} catch (error) {
		console.error(`new-story: ${/** @type {Error} */ (error).message}`);
		process.exit(1);
	}
}
