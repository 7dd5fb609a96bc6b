/**
 * Pure queries over groups (organisations) and their dated memberships: who was a member on a day,
 * which countries to shade for them, which of them border a country. No Node or browser APIs:
 * the pipeline, its tests and the app all import this.
 *
 * A membership holds on day d iff joined <= d and (no left, or d < left); dates are YYYY-MM-DD,
 * so text comparison is date comparison.
 */
import { isIsoDate } from './dates.js';

/**
 * @typedef {{ org: string, joined: string, left?: string }} CountryMembership  as countries.json holds it
 * @typedef {{ id: string, memberships: readonly CountryMembership[] }} WithMemberships
 */

/**
 * @param {string} caller
 * @param {string} isoDate
 */
function checkDate(caller, isoDate) {
	if (!isIsoDate(isoDate))
		throw new TypeError(
			`${caller}: date ${JSON.stringify(isoDate)} is not a YYYY-MM-DD calendar date`
		);
}

/**
 * Whether a membership holds on a day.
 * @param {{ joined: string, left?: string }} membership
 * @param {string} isoDate YYYY-MM-DD
 */
export function holdsOn(membership, isoDate) {
	return (
		membership.joined <= isoDate && (membership.left === undefined || isoDate < membership.left)
	);
}

/**
 * Ids of the members of a group on a day, sorted, from the group's own list (geo/groups.json).
 * @param {Pick<import('./schemas.js').Group, 'members'>} group
 * @param {string} isoDate YYYY-MM-DD
 * @returns {string[]}
 */
export function groupMembersOn(group, isoDate) {
	checkDate('groupMembersOn', isoDate);
	return group.members
		.filter((m) => holdsOn(m, isoDate))
		.map((m) => m.country)
		.sort();
}

/**
 * Ids of the countries that were members of `org` on `isoDate`, sorted, from per-country facts
 * (static/data/countries.json, whose memberships the pipeline derives from geo/groups.json).
 * @param {string} org a group id, e.g. "NATO"
 * @param {string} isoDate YYYY-MM-DD
 * @param {readonly WithMemberships[]} countries
 * @returns {string[]}
 */
export function membersOn(org, isoDate, countries) {
	checkDate('membersOn', isoDate);
	return countries
		.filter((c) => c.memberships.some((m) => m.org === org && holdsOn(m, isoDate)))
		.map((c) => c.id)
		.sort();
}

/**
 * Ids of the countries to shade as `org`'s area on `isoDate`, sorted: its members (membersOn) and
 * their territories, which Natural Earth draws as countries of their own (Greenland and the Faroe
 * Islands of Denmark). membersOn stays the list of members, for counting them.
 * @param {string} org
 * @param {string} isoDate YYYY-MM-DD
 * @param {readonly (WithMemberships & { territoryOf?: string })[]} countries
 * @returns {string[]}
 */
export function areaOfMembersOn(org, isoDate, countries) {
	const members = new Set(membersOn(org, isoDate, countries));
	return countries
		.filter((c) => members.has(c.id) || (c.territoryOf !== undefined && members.has(c.territoryOf)))
		.map((c) => c.id)
		.sort();
}

/**
 * Ids of the members of `org` on `isoDate` that share a land border with `countryId`, sorted.
 * @param {string} countryId
 * @param {string} org
 * @param {string} isoDate YYYY-MM-DD
 * @param {readonly (WithMemberships & { neighbours: readonly string[] })[]} countries
 * @returns {string[]}
 */
export function alliesBordering(countryId, org, isoDate, countries) {
	const country = countries.find((c) => c.id === countryId);
	if (country === undefined)
		throw new RangeError(`alliesBordering: no country with id ${JSON.stringify(countryId)}`);
	const members = new Set(membersOn(org, isoDate, countries));
	return country.neighbours.filter((id) => members.has(id)).sort();
}
