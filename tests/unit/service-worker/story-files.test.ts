import { describe, expect, it } from 'vitest';
import { fineFiles, storyFiles } from '../../../src/service-worker/story-files';

const paths = [
	'/',
	'/stories/a/',
	'/stories/a/present/',
	'/stories/a/__data.json',
	'/embed/a/',
	'/maps/a/one.svg',
	'/maps/a/one-dark.svg',
	'/maps/locator-world.svg',
	'/stories/ab/',
	'/maps/ab/one.svg',
	'/stories/b/',
	'/maps/b/one.svg',
	'/oembed/a.json'
];

describe('storyFiles', () => {
	it('keeps every view, data file and static map (both schemes) of the story opened, and the locator’s world', () => {
		expect(storyFiles('/stories/a/', paths, '')).toEqual([
			'/stories/a/',
			'/stories/a/present/',
			'/stories/a/__data.json',
			'/embed/a/',
			'/maps/a/one.svg',
			'/maps/a/one-dark.svg',
			'/maps/locator-world.svg'
		]);
	});

	it('finds the story from any of its pages, and never takes another story whose name starts the same', () => {
		const fromPresenter = storyFiles('/stories/a/present/speaker/', paths, '');
		expect(fromPresenter).toEqual(storyFiles('/embed/a/', paths, ''));
		expect(fromPresenter).not.toContain('/maps/ab/one.svg');
		expect(fromPresenter).not.toContain('/stories/b/');
	});

	it('keeps nothing extra for a page that is not a story’s', () => {
		expect(storyFiles('/', paths, '')).toEqual([]);
		expect(storyFiles('/maps/a/one.svg', paths, '')).toEqual([]);
	});

	it('works under a base path', () => {
		const based = paths.map((p) => `/site${p}`);
		expect(storyFiles('/site/stories/b/', based, '/site')).toEqual([
			'/site/maps/locator-world.svg',
			'/site/stories/b/',
			'/site/maps/b/one.svg'
		]);
		expect(storyFiles('/stories/b/', based, '/site')).toEqual([]);
	});
});

describe('fineFiles', () => {
	it('keeps the close-ups’ finer shapes and none of the build’s own data files', () => {
		const files = [
			'/base/data/story-map.json',
			'/base/data/countries-story.geojson',
			'/base/data/fine/E1N43-E12N54.json',
			'/base/data/fine/W5N43-E15N54.json',
			'/base/fonts/x.woff2'
		];
		expect(fineFiles(files, '/base')).toEqual([
			'/base/data/fine/E1N43-E12N54.json',
			'/base/data/fine/W5N43-E15N54.json'
		]);
	});
});
