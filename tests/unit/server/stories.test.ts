import { describe, expect, it } from 'vitest';
import { storyPage } from '../../../src/lib/server/stories';

const SLUG = 'nato-russia-ukraine';

describe('storyPage', () => {
	it('ships the teacher’s notes only to the views that ask for them', () => {
		const teacher = storyPage(SLUG, { teacher: true }).story.presenterNotes;
		expect(Object.keys(teacher).length).toBeGreaterThan(3);
		expect(storyPage(SLUG).story.presenterNotes).toEqual({});
		expect(JSON.stringify(storyPage(SLUG))).not.toContain(teacher['kazakhstan']![0]!.note);
	});
});
