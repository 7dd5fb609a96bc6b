// Serves the built site (build/) the way a static host would, and prints the story's address.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { port, strictPort: false, open: false } });
const base = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
console.log(`\n  Meridian is being served from build/.`);
console.log(`  The story:  ${new URL('stories/nato-russia-ukraine/', base)}`);
console.log(`  All stories: ${base}\n  Press Ctrl+C to stop.\n`);
