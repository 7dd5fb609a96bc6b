import { describe, expect, it } from 'vitest';
import {
	renderStaticMap,
	StaticMapError,
	type StaticMapData
} from '../../../src/lib/static-map/render';
import { escapeXml } from '../../../src/lib/text/escape';
import { pathPoints } from '../../helpers/path-points';
import { loadStaticMapData } from '../../../src/lib/server/static-maps';
import type { Scene } from '../../../src/lib/story/types';
import { fixtureScene, fixtureScenes as scenes } from '../../helpers/fixture-story';

// The same data, loaded the same way, as the build draws from.
const data: StaticMapData = loadStaticMapData(process.cwd());
const size = { width: 800, height: 600 };

/** The `d` attribute of the first path drawn with a fill colour. */
function pathWithFill(svg: string, fill: string): string | undefined {
	return new RegExp(`<path d="([^"]+)" fill="${fill}"`).exec(svg)?.[1];
}

describe('renderStaticMap', () => {
	it('draws every step of the story as an SVG named by its description', () => {
		for (const scene of scenes) {
			const svg = renderStaticMap(scene, data, size);
			expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
			expect(svg).toContain(`<title>${escapeXml(scene.description)}</title>`);
		}
	});

	it('draws highlighted countries inside the view, not the whole world around them', () => {
		const scene = fixtureScene('sets');
		const d = pathWithFill(renderStaticMap(scene, data, size), '#c8472b')!;
		const xs = pathPoints(d)
			.flat()
			.map(([x]) => x);
		// A wrongly wound ring fills the complement: a path hugging the whole frame.
		expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(size.width);
	});

	it('draws each marker with its label and each line of its note', () => {
		const scene = fixtureScene('groups');
		const svg = renderStaticMap(scene, data, size);
		for (const marker of scene.markers) expect(svg).toContain(`>${escapeXml(marker.name)}</tspan>`);
		expect(svg).toContain('>Line one</tspan>');
		expect(svg).toContain('>Line two</tspan>');
	});

	it('draws the story’s own places, overlay lines with their arrowhead, zones and sites', () => {
		const svg = renderStaticMap(fixtureScene('overlays'), data, size);
		expect(svg).toContain('>Aktau</tspan>');
		expect(svg).toContain('>Zhanaozen</tspan>');
		expect(svg).toContain('>A depot</tspan>');
		expect(svg).toMatch(
			/<polygon points="0,0 [^"]+" fill="#8c2d7a" transform="translate\([\d.]+,[\d.]+\) rotate\([\d.]+\)"/
		);
		expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#2f4858"/);
	});

	it('hatches an area and names it with its status and year', () => {
		const svg = renderStaticMap(fixtureScene('sets'), data, size);
		expect(svg).toContain('fill="url(#hatch)"');
		expect(svg).toContain('>Crimea</tspan>');
		expect(svg).toContain('>(annexed 2014)</tspan>');
	});

	it('escapes text so content can never become markup', () => {
		const scene: Scene = { ...scenes[0]!, description: '<script>alert(1)</script> & "x"' };
		const svg = renderStaticMap(scene, data, size);
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
	});

	it('fails, naming the step, when a scene asks for a country it cannot draw', () => {
		const scene: Scene = { ...scenes[0]!, highlight: ['ATLANTIS'] };
		expect(() => renderStaticMap(scene, data, size)).toThrow(StaticMapError);
		expect(() => renderStaticMap(scene, data, size)).toThrow(
			`step "${scene.stepId}": highlighted country "ATLANTIS" has no shape in the map data`
		);
	});
});
