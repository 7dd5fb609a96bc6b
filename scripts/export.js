#!/usr/bin/env node
/**
 * `npm run export -- <slug> [--no-notes]`: writes export/<slug>.html, one self-contained file of a
 * story for a classroom without a network (a USB stick, an attachment): the site's own story view
 * with its live map, the presenter (`?present`, or `#present`), the speaker view (`?speaker`) and
 * the handouts (`?print`, `?print=teacher`). MapLibre, the map data and the fonts are inside; the
 * static maps (where WebGL is missing) are drawn in the page from the same data. It loads nothing
 * from anywhere, under a strict content security policy. `--no-notes` leaves the presenter notes
 * out (export/<slug>-students.html), for a copy handed to students. Prints the file's size.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, createServer } from 'vite';
import { exportConfig } from './export/vite-config.js';
import { takeFonts } from './export/fonts.js';
import { exportPage } from './export/page.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => join(root, ...p);

/** The story, its scenes and the locator's world, as the site's build makes them (Vite runs its TypeScript). */
async function storyData(slug, notes) {
	const server = await createServer({
		...exportConfig(root),
		server: { middlewareMode: true, hmr: false, watch: null },
		appType: 'custom'
	});
	try {
		const stories = await server.ssrLoadModule('/src/lib/server/stories.ts');
		if (!stories.storyBySlug(slug)) {
			const known = stories.stories.map((s) => s.slug).join(', ');
			throw new Error(
				`no story called "${slug}"; expected one of: ${known} (src/content/<slug>.yaml)`
			);
		}
		const world = await server.ssrLoadModule('/src/lib/server/locator-world.ts');
		return {
			...stories.storyPage(slug, { teacher: notes }),
			teacher: notes,
			locatorSvg: world.locatorWorldSvg(),
			worldPath: world.locatorWorldPath()
		};
	} finally {
		await server.close();
	}
}

/** The export's script and stylesheet, built in memory. */
async function bundle() {
	const [output] = [await build(exportConfig(root))].flat();
	const file = (name) => output.output.find((o) => o.fileName === name);
	const js = file('export.js')?.code;
	const css = file('export.css')?.source;
	if (!js || css === undefined) throw new Error('the export build made no export.js or export.css');
	return { js, css: String(css) };
}

/**
 * Every data file the script names (static/data/), and the finer shapes of the story's close-ups
 * (static/data/fine/, named by their scenes), parsed: what the map and the static maps read.
 */
function dataFiles(js, scenes) {
	const files = {};
	const fine = [...new Set(scenes.flatMap((s) => (s.fine ? [`fine/${s.fine.id}.json`] : [])))];
	// Files only: fine/ is a folder, whose files the scenes name.
	const named = readdirSync(at('static/data')).filter((name) =>
		statSync(at('static/data', name)).isFile()
	);
	for (const name of [...named, ...fine]) {
		if (!js.includes(name) && !fine.includes(name)) continue;
		try {
			files[name] = JSON.parse(readFileSync(at('static/data', name), 'utf8'));
		} catch (e) {
			throw new Error(
				`static/data/${name}: the export carries JSON data files only (${e.message})`
			);
		}
	}
	return files;
}

export async function exportStory(slug, { notes = true } = {}) {
	const data = await storyData(slug, notes);
	// The server that read the story set NODE_ENV to development; the copy is a production build.
	process.env.NODE_ENV = 'production';
	const { js, css: built } = await bundle();
	const { css, fonts } = takeFonts(built, JSON.stringify([data.story, data.scenes]));
	const html = exportPage({ ...data, fonts, files: dataFiles(js, data.scenes) }, js, css);
	mkdirSync(at('export'), { recursive: true });
	const out = at('export', `${slug}${notes ? '' : '-students'}.html`);
	writeFileSync(out, html);
	return { file: out, bytes: statSync(out).size, gzipped: gzipSync(html).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const slug = args.find((a) => !a.startsWith('--'));
	const unknown = args.filter((a) => a.startsWith('--') && a !== '--no-notes');
	if (!slug || unknown.length) {
		console.error(
			`usage: npm run export -- <slug> [--no-notes]${unknown.length ? `; unknown option ${unknown.join(' ')}` : ''}`
		);
		process.exit(1);
	}
	try {
		const { file, bytes, gzipped } = await exportStory(slug, {
			notes: !args.includes('--no-notes')
		});
		const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
		console.log(
			`export: wrote ${file.slice(root.length + 1)} (${kb(bytes)}; ${kb(gzipped)} gzipped)`
		);
	} catch (e) {
		console.error(`export: ${e.message}`);
		process.exit(1);
	}
}
