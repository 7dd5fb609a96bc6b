import { describe, expect, it } from 'vitest';
import { validStory } from './registry-fixture';
import { problems } from './problems';

/** The fixture story with one line changed: the first line containing `text`. */
function withLine(
	text: string,
	change: (line: string) => string
): { source: string; line: number } {
	const lines = validStory.split('\n');
	const i = lines.findIndex((l) => l.includes(text));
	lines[i] = change(lines[i]!);
	return { source: lines.join('\n'), line: i + 1 };
}

describe('YAML errors in a story', () => {
	it('explain a tab used as indentation once, with its line and how to fix it', () => {
		const { source, line } = withLine('focus: [geneva, UKR]', (l) => l.replace(/^ {2}/, '\t'));
		const found = problems(source);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(
			new RegExp(`^src/content/test\\.yaml:${line}:\\d+: this is not valid YAML: found a tab`)
		);
		expect(found[0]).toContain('expected spaces only');
		expect(found[0]).not.toMatch(/TAB_AS_INDENT|BAD_INDENT/);
	});

	it('explain an unclosed quote', () => {
		const { source } = withLine('focus: [geneva, UKR]', (l) =>
			l.replace('[geneva, UKR]', '"geneva')
		);
		const [message] = problems(source);
		expect(message).toMatch(/this is not valid YAML: found an unclosed quote or bracket/);
	});

	it('explain a field given twice', () => {
		const [message] = problems(`slug: a\n${validStory}`);
		expect(message).toMatch(/this is not valid YAML: found the same field twice/);
	});
});
