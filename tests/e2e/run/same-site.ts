/**
 * Global setup: the server the tests will browse is the site this run built. SvelteKit stamps
 * each build with its own version (`_app/version.json`, the build's time), so a server from
 * another checkout or an older build answers with another stamp, and the run stops before its
 * first test instead of checking one site's files while browsing another.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';

/** Throws, naming both stamps, unless the site at `base` is the build in `buildDir`. */
export async function assertSameSite(base: string, buildDir = 'build'): Promise<void> {
	const file = join(buildDir, '_app', 'version.json');
	const built = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
	const response = await fetch(new URL('/_app/version.json', base));
	const served = response.ok ? ((await response.json()) as { version?: string }).version : null;
	if (served !== built) {
		throw new Error(
			`The server at ${base} is not the site this run built: it answers build ` +
				`${served ?? `(none: HTTP ${response.status})`}, ${file} is ${built}. ` +
				'Stop the other server, or leave PORT unset so the run chooses a free port.'
		);
	}
}

export default async function sameSite(config: FullConfig) {
	await assertSameSite(config.projects[0]!.use.baseURL!);
}
