import { describe, expect, it } from 'vitest';
import { parseStory, StoryError } from '../../../src/lib/story/parse';
import { timelineDays } from '../../../src/lib/story/timeline';
import { registry, validStory } from './registry-fixture';

const withTimeline = (days: string) =>
	`${validStory}timeline:\n  title: The week\n  days:\n${days}`;
const day = (date: string, where: string, step: string) =>
	`    - date: "${date}"\n      events:\n        - what: Talks\n          where: ${where}\n          step: ${step}\n`;

function problems(source: string): string[] {
	try {
		parseStory(source, 'test.yaml', registry);
		return [];
	} catch (e) {
		if (e instanceof StoryError) return e.problems;
		throw e;
	}
}

describe('the timeline', () => {
	it('lays out a week from Friday 7 to Thursday 13 January 2022, quiet days included', () => {
		const event = { what: 'Talks', where: 'geneva', step: 'first' };
		const days = timelineDays({
			title: 'The week',
			days: ['2022-01-07', '2022-01-10', '2022-01-12', '2022-01-13'].map((date) => ({
				date,
				events: [event]
			}))
		});
		expect(days.map((d) => `${d.weekday} ${d.label}`)).toEqual([
			'Fri 7 Jan',
			'Sat 8 Jan',
			'Sun 9 Jan',
			'Mon 10 Jan',
			'Tue 11 Jan',
			'Wed 12 Jan',
			'Thu 13 Jan'
		]);
		expect(days.filter((d) => d.events.length).map((d) => d.date)).toEqual([
			'2022-01-07',
			'2022-01-10',
			'2022-01-12',
			'2022-01-13'
		]);
	});

	it('accepts events told by a step that marks their place', () => {
		expect(problems(withTimeline(day('2022-01-10', 'geneva', 'first')))).toEqual([]);
	});

	it('rejects an event at a place its step does not mark, so the map always shows it', () => {
		const [message] = problems(withTimeline(day('2022-01-10', 'brussels', 'first')));
		expect(message).toMatch(
			/timeline\.days\[0\]\.events\[0\]\.where: found "brussels", which step "first" does not mark/
		);
	});

	it('rejects an unknown step with a suggestion, and days out of order', () => {
		const found = problems(
			withTimeline(day('2022-01-10', 'geneva', 'frist') + day('2022-01-09', 'geneva', 'first'))
		);
		expect(
			found.some((p) =>
				/events\[0\]\.step: found unknown "frist"; expected a step id — did you mean "first"\?/.test(
					p
				)
			)
		).toBe(true);
		expect(
			found.some((p) =>
				/days\[1\]\.date: found 2022-01-09 after 2022-01-10; expected days in date order/.test(p)
			)
		).toBe(true);
	});
});
