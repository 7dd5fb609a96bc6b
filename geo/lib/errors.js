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
