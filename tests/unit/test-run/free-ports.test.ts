import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

const script = new URL('../../e2e/run/free-ports.js', import.meta.url).pathname;

describe('the browser tests’ free ports', () => {
	it('are as many as asked, all different, and each can be listened on', async () => {
		const ports = execFileSync(process.execPath, [script, '5'], { encoding: 'utf8' })
			.trim()
			.split(' ')
			.map(Number);
		expect(ports).toHaveLength(5);
		expect(new Set(ports).size).toBe(5);
		for (const port of ports) {
			const server = createServer();
			await new Promise<void>((done, fail) => {
				server.once('error', fail);
				server.listen(port, '127.0.0.1', done);
			});
			await new Promise((done) => server.close(done));
		}
	});
});
