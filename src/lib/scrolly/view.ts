/**
 * How a reader goes through a story: scrolling past every step, or one step at a time. An address
 * may ask for one (`?view=steps`); anything it asks for that is not a view is not an error, it is
 * the scroll layout every story has.
 */

export type ReadingView = 'scroll' | 'steps';

/** The view an address's query asks for, or null when it asks for none. */
export function viewFor(search: string): ReadingView | null {
	const asked = new URLSearchParams(search).get('view');
	if (asked === null) return null;
	return asked === 'steps' ? 'steps' : 'scroll';
}

/** The query with `view` taken out: once a reader chooses, their remembered choice speaks. */
export function withoutView(search: string): string {
	const params = new URLSearchParams(search);
	params.delete('view');
	const rest = params.toString();
	return rest ? `?${rest}` : '';
}
