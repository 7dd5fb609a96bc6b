import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertSameSite } from '../../e2e/run/same-site';

let server: Server | undefined;
const dirs: string[] = [];
afterEach(() => {
	server?.close();
	dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** A build folder stamped `version`. */
function buildStamped(version: string) {
	const dir = mkdtempSync(join(tmpdir(), 'same-site-'));
	dirs.push(dir);
	mkdirSync(join(dir, '_app'));
	writeFileSync(join(dir, '_app', 'version.json'), JSON.stringify({ version }));
	return dir;
}

/** A site that answers `/_app/version.json` with `body` (or 404 when null); resolves its origin. */
async function siteAnswering(body: string | null) {
	server = createServer((req, res) => {
		if (req.url === '/_app/version.json' && body !== null) res.end(body);
		else res.writeHead(404).end();
	});
	await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the browser tests’ check that they browse the site they built', () => {
	it('passes when the server answers the build’s own stamp', async () => {
		const base = await siteAnswering(JSON.stringify({ version: '1765150000000' }));
		await expect(assertSameSite(base, buildStamped('1765150000000'))).resolves.toBeUndefined();
	});

	it('stops the run, naming both stamps, when another checkout’s server answers', async () => {
		const base = await siteAnswering(JSON.stringify({ version: '1765140000000' }));
		await expect(assertSameSite(base, buildStamped('1765150000000'))).rejects.toThrow(
			/not the site this run built: it answers build 1765140000000, .*version\.json is 1765150000000/
		);
	});

	it('stops the run when the server is not a SvelteKit build at all', async () => {
		const base = await siteAnswering(null);
		await expect(assertSameSite(base, buildStamped('1765150000000'))).rejects.toThrow(
			/\(none: HTTP 404\)/
		);
	});
});
