/**
 * Prints `n` TCP ports (argv[2]) that are free on 127.0.0.1 right now, separated by spaces: the
 * operating system picks each, and all are held open together so no two are the same.
 */
import { createServer } from 'node:net';

const n = Number(process.argv[2] ?? 1);
const servers = await Promise.all(
	Array.from(
		{ length: n },
		() =>
			new Promise((done, fail) => {
				const server = createServer();
				server.once('error', fail);
				server.listen(0, '127.0.0.1', () => done(server));
			})
	)
);
console.log(servers.map((s) => s.address().port).join(' '));
await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
