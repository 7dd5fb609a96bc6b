import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { parse } from 'yaml';
import { expect, mapReady, STORY, test, ONE_SIZE } from './fixtures';
import { devPort } from './run/ports';

/** Every file under a folder, recursively. */
const filesIn = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? filesIn(join(dir, d.name)) : [join(dir, d.name)]
	);

test('the built site has no author mode', { tag: ONE_SIZE }, async ({ page }) => {
	await page.goto(STORY);
	await mapReady(page.getByTestId('story-map'));
	await expect(page.getByRole('button', { name: 'Author mode' })).toHaveCount(0);
	const code = filesIn('build/_app').filter((f) => f.endsWith('.js'));
	expect(code.length).toBeGreaterThan(0);
	expect(code.filter((f) => readFileSync(f, 'utf8').includes('Copy camera'))).toEqual([]);
});

test.describe('npm run dev', () => {
	test.skip(({ isMobile }) => isMobile, 'the author pans with a mouse, at a desk');
	let server: ViteDevServer;
	let port: number;

	// Playwright reads the fixtures a hook asks for from its first argument: this one asks for none.
	// eslint-disable-next-line no-empty-pattern
	test.beforeAll(async ({}, workerInfo) => {
		port = devPort(workerInfo.parallelIndex);
		server = await createServer({ server: { port, strictPort: true }, logLevel: 'error' });
		await server.listen();
	});
	test.afterAll(async () => server?.close());

	test('author mode: pan the map, then copy the step’s camera as YAML the story accepts', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`http://localhost:${port}${STORY}#kazakhstan`);
		const map = page.getByTestId('story-map');
		await expect(map).toHaveAttribute('data-active-step', 'kazakhstan', { timeout: 60_000 });
		await page.getByRole('button', { name: 'Author mode' }).click();
		const before = await map.getAttribute('data-center');
		const box = (await map.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 60, { steps: 8 });
		await page.mouse.up();
		await expect(map).not.toHaveAttribute('data-center', before!);
		const center = (await map.getAttribute('data-center'))!.split(',').map(Number);
		await page.getByRole('button', { name: 'Copy camera' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		const yaml = await page.evaluate(() => navigator.clipboard.readText());
		expect(yaml.startsWith('# step kazakhstan\n')).toBe(true);
		const { camera } = parse(yaml) as { camera: { center: number[]; zoom: number } };
		expect(camera.center[0]).toBeCloseTo(center[0]!, 3);
		expect(camera.center[1]).toBeCloseTo(center[1]!, 3);
		expect(camera.zoom).toBeCloseTo(Number(await map.getAttribute('data-zoom')), 2);
	});
});
