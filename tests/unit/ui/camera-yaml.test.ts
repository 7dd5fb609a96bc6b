import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cameraYaml } from '../../../src/lib/ui/camera-yaml';
import { cameraSchema } from '../../../src/lib/story/schema';

describe('cameraYaml', () => {
	it('writes a camera the story schema accepts, naming its step', () => {
		const text = cameraYaml('build-up', { center: '30.523412,50.450123', zoom: '4.236' });
		expect(text).toBe('# step build-up\ncamera: { center: [30.5234, 50.4501], zoom: 4.24 }\n');
		expect(cameraSchema.parse(parse(text).camera)).toEqual({
			center: [30.5234, 50.4501],
			zoom: 4.24,
			bearing: 0,
			pitch: 0
		});
	});

	it('keeps a bearing and pitch only when the author set them', () => {
		const text = cameraYaml('x', { center: '0,0', zoom: '2', bearing: '-12.34', pitch: '30' });
		expect(text).toContain('bearing: -12.3, pitch: 30 }');
	});
});
