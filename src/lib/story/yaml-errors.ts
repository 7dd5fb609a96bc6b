/**
 * YAML syntax errors, told to an author: what is wrong and how to fix it, once. One slip (a tab,
 * an unclosed quote) makes the YAML parser report every later line too; those follow from the
 * first, so only the first is explained and the rest are counted.
 */
import type { LineCounter, YAMLError } from 'yaml';

/** What each YAML error code means in a story file, and what to do about it. */
const ADVICE: Partial<Record<YAMLError['code'], string>> = {
	TAB_AS_INDENT:
		'found a tab used for indentation; expected spaces only (replace the tab with spaces, lined up with the lines above)',
	BAD_INDENT:
		'found a line indented differently from the lines beside it; expected fields of one item to start in the same column (check the spaces at the start of this line)',
	MISSING_CHAR:
		'found an unclosed quote or bracket; expected each " or [ to be closed on the same value (add the missing closing character)',
	DUPLICATE_KEY:
		'found the same field twice in one item; expected each field once (delete or rename one of them)',
	BAD_DQ_ESCAPE:
		'found a backslash escape YAML does not know inside "double quotes"; expected a valid escape (write \\\\ for a backslash, or use single quotes)',
	BLOCK_AS_IMPLICIT_KEY:
		'found a field name that runs over several lines or holds a list; expected "name: value" on one line (check the colon and the indentation above)',
	MULTILINE_IMPLICIT_KEY:
		'found a field name that runs over several lines; expected "name: value" on one line (a colon inside text needs the text in quotes)',
	UNEXPECTED_TOKEN:
		'found a character YAML did not expect here; expected "name: value" or a "- " list item (text starting with [ { * & ! | > % @ or ` must be in quotes)',
	BAD_SCALAR_START:
		'found a value starting with a character YAML reserves; expected plain text (put the value in quotes)',
	MULTIPLE_DOCS:
		'found a second YAML document ("---"); expected one story per file (remove the "---" line)'
};

/** One message per story file with YAML errors: the first error explained, the rest counted. */
export function yamlProblems(
	errors: readonly YAMLError[],
	lines: LineCounter,
	file: string
): string[] {
	const [first, ...rest] = errors;
	if (!first) return [];
	const { line, col } = lines.linePos(first.pos[0]);
	const advice =
		ADVICE[first.code] ??
		`found invalid YAML (${first.message.split('\n')[0]}); expected a YAML story file as in src/content/README.md`;
	const more = rest.length
		? ` (the parser reports ${rest.length} more error(s) after this one; they usually follow from it, so fix it and build again)`
		: '';
	return [`${file}:${line}:${col}: this is not valid YAML: ${advice}${more}`];
}
