/**
 * A failure the pipeline expects and explains: a bad source file, world-atlas data that no
 * longer looks as the pipeline assumes, outputs over budget. build.js prints its message alone,
 * without a stack trace, since the message names the file, the entry and what was expected.
 */
export class PipelineError extends Error {
	/** @param {string | string[]} problems one message, or several to report together */
	constructor(problems) {
		super(Array.isArray(problems) ? problems.join('\n') : problems);
		this.name = 'PipelineError';
	}
}

/**
 * Collects problems so that one run reports every bad entry, not just the first.
 */
export class Problems {
	/** @type {string[]} */
	list = [];

	/** @param {string} message */
	add(message) {
		this.list.push(message);
	}

	/** Throws a PipelineError listing every problem added, if any. */
	throwIfAny() {
		if (this.list.length > 0) throw new PipelineError(this.list);
	}
}

/**
 * Where `text` stops being JSON, as a 1-based line and column, and what was found there. V8's own
 * messages give a character offset at best (and none for some errors in Node 20); an author
 * needs the line and column their editor shows. Returns null for valid JSON.
 * @param {string} text
 * @returns {{ line: number, col: number, found: string } | null}
 */
export function jsonErrorAt(text) {
	let i = 0;
	/** @returns {never} */
	const fail = () => {
		throw i;
	};
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
	};
	const literal = (/** @type {string} */ word) => {
		// A misspelt word is wrong from its first letter.
		if (text.slice(i, i + word.length) !== word) fail();
		i += word.length;
	};
	const string = () => {
		i++;
		while (text[i] !== '"') {
			if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					for (let k = 0; k < 4; k++) {
						i++;
						if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
					}
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
			}
			i++;
		}
		i++;
	};
	const number = () => {
		const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!match) fail();
		i += /** @type {RegExpExecArray} */ (match)[0].length;
	};
	/** @param {'}' | ']'} close @param {() => void} item */
	const list = (close, item) => {
		i++;
		space();
		if (text[i] !== close) {
			for (;;) {
				item();
				space();
				if (text[i] !== ',') break;
				i++;
				space();
			}
		}
		if (text[i] !== close) fail();
		i++;
	};
	const value = () => {
		space();
		const ch = text[i];
		if (ch === '{')
			list('}', () => {
				if (text[i] !== '"') fail();
				string();
				space();
				if (text[i] !== ':') fail();
				i++;
				value();
			});
		else if (ch === '[') list(']', value);
		else if (ch === '"') string();
		else if (ch === 't') literal('true');
		else if (ch === 'f') literal('false');
		else if (ch === 'n') literal('null');
		else number();
	};
	try {
		value();
		space();
		if (i < text.length) fail();
		return null;
	} catch (at) {
		if (typeof at !== 'number') throw at;
		const before = text.slice(0, at);
		const line = before.split('\n').length;
		const found = at >= text.length ? 'the end of the file' : JSON.stringify(text[at]);
		return { line, col: at - before.lastIndexOf('\n'), found };
	}
}
