/**
 * The check that a story's mends are honest: each one's `found` words occur in the source article
 * the story quotes (src/content/sources/<slug>.txt), and its `mended` words in the step it names.
 * The footer publishes every mend, so a mend of words the source never had would misreport it.
 * Run at build time for every story (../server/content-check.ts), so no story needs a test of its own.
 */
import { plainText } from './text.ts';
import type { Story } from './types';

/** Runs of white space, line breaks included, count as one space: the source is wrapped prose. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Every problem with `story`'s mends, each naming the mend; `source` is the article's text, or null
 * if the story has no source file (`sourceFile` names where it should be).
 */
export function mendProblems(story: Story, source: string | null, sourceFile: string): string[] {
	if (story.mends.length === 0) return [];
	if (source === null) {
		return [
			`mends: found mends but no source article; expected the article the story quotes at ${sourceFile}`
		];
	}
	const article = squash(source);
	const problems: string[] = [];
	story.mends.forEach((mend, i) => {
		if (!article.includes(squash(mend.found))) {
			problems.push(
				`mends[${i}].found: found "${mend.found}", which ${sourceFile} does not contain; expected the words exactly as the source has them`
			);
		}
		const step = story.steps.find((s) => s.id === mend.step);
		const told = step?.paragraphs.map(plainText).join(' ') ?? '';
		if (!squash(told).includes(squash(mend.mended))) {
			problems.push(
				`mends[${i}].mended: found "${mend.mended}", which step "${mend.step}" does not show; expected the mended words exactly as the step shows them`
			);
		}
	});
	return problems;
}
