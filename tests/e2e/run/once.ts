/**
 * Work that a whole browser-test run needs done once, whichever worker asks first (the one-file
 * export, built by Vite): the first caller does it, the others wait for it. Playwright empties
 * `test-results/` when a run starts, so each run does the work again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as wait } from 'node:timers/promises';

export async function oncePerRun(name: string, work: () => void): Promise<void> {
	const dir = `test-results/.once-${name}`;
	mkdirSync('test-results', { recursive: true });
	let first = true;
	try {
		mkdirSync(dir);
	} catch {
		first = false;
	}
	if (first) {
		try {
			work();
			writeFileSync(`${dir}/done`, '');
		} catch (e) {
			writeFileSync(`${dir}/failed`, String(e));
			throw e;
		}
		return;
	}
	// Another worker is doing it: a Vite build takes seconds, minutes on a loaded machine.
	while (!existsSync(`${dir}/done`)) {
		if (existsSync(`${dir}/failed`)) {
			throw new Error(`${name} failed in another worker: ${readFileSync(`${dir}/failed`, 'utf8')}`);
		}
		await wait(200);
	}
}
