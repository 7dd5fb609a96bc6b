/**
 * A timeline's days laid out for display: every date from the first day with events to the last,
 * so quiet days show as gaps in the week. Dates are calendar dates, computed in UTC so the
 * reader's time zone can never move a day.
 */
import type { Timeline, TimelineEvent } from './types';

export interface TimelineDay {
	date: string;
	/** "Fri" */
	weekday: string;
	/** "7 Jan" */
	label: string;
	events: TimelineEvent[];
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

export function timelineDays(timeline: Timeline): TimelineDay[] {
	const byDate = new Map(timeline.days.map((d) => [d.date, d.events]));
	const first = Date.parse(`${timeline.days[0]!.date}T00:00:00Z`);
	const last = Date.parse(`${timeline.days.at(-1)!.date}T00:00:00Z`);
	const days: TimelineDay[] = [];
	for (let t = first; t <= last; t += DAY_MS) {
		const d = new Date(t);
		const date = d.toISOString().slice(0, 10);
		days.push({
			date,
			weekday: WEEKDAYS[d.getUTCDay()]!,
			label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`,
			events: byDate.get(date) ?? []
		});
	}
	return days;
}
