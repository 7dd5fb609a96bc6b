/**
 * Pure queries over static/data/countries.json, for the pipeline's tests and for the app.
 * No Node or browser APIs: importable anywhere.
 */
import { isIsoDate } from './checks.js';

/**
 * @typedef {{ org: string, joined: string }} Membership  joined: YYYY-MM-DD, the day it took effect
 * @typedef {{ org: string, asOf: string }} Partnership   asOf: YYYY-MM, a month the partnership is recorded for
 * @typedef {object} CountryFacts  one entry of static/data/countries.json
 * @property {string} id                ISO 3166-1 alpha-3, or a slug documented in geo/README.md
 * @property {string} name              English name
 * @property {string} [territoryOf]     id of the state it is part of (GRL and FRO: DNK), if it is a territory
 * @property {string[]} neighbours      ids of countries sharing a land border, sorted
 * @property {Membership[]} memberships
 * @property {Partnership[]} partnerships
 * @property {[number, number, number, number]} bbox  [west, south, east, north]; east > 180 across the antimeridian
 * @property {[number, number, number, number]} frame  the same for the largest polygon of its story shape only
 */

/**
 * Ids of the countries that were members of `org` on `isoDate` (joined on or before it), sorted.
 * @param {string} org e.g. "NATO"
 * @param {string} isoDate YYYY-MM-DD
 * @param {readonly Pick<CountryFacts, 'id' | 'memberships'>[]} facts
 * @returns {string[]}
 */
export function membersOn(org, isoDate, facts) {
	if (!isIsoDate(isoDate))
		throw new TypeError(
			`membersOn: date ${JSON.stringify(isoDate)} is not a YYYY-MM-DD calendar date`
		);
	return facts
		.filter((country) => country.memberships.some((m) => m.org === org && m.joined <= isoDate))
		.map((country) => country.id)
		.sort();
}

/**
 * Ids of the countries to shade as `org`'s area on `isoDate`, sorted: its members (membersOn) and
 * their territories, which Natural Earth draws as countries of their own (Greenland and the Faroe
 * Islands of Denmark). membersOn stays the list of members, for counting them.
 * @param {string} org e.g. "NATO"
 * @param {string} isoDate YYYY-MM-DD
 * @param {readonly Pick<CountryFacts, 'id' | 'memberships' | 'territoryOf'>[]} facts
 * @returns {string[]}
 */
export function areaOfMembersOn(org, isoDate, facts) {
	const members = new Set(membersOn(org, isoDate, facts));
	return facts
		.filter((c) => members.has(c.id) || (c.territoryOf !== undefined && members.has(c.territoryOf)))
		.map((c) => c.id)
		.sort();
}

/**
 * Ids of the members of `org` on `isoDate` that share a land border with `countryId`, sorted.
 * @param {string} countryId
 * @param {string} org
 * @param {string} isoDate YYYY-MM-DD
 * @param {readonly Pick<CountryFacts, 'id' | 'memberships' | 'neighbours'>[]} facts
 * @returns {string[]}
 */
export function alliesBordering(countryId, org, isoDate, facts) {
	const country = facts.find((c) => c.id === countryId);
	if (country === undefined)
		throw new RangeError(`alliesBordering: no country with id ${JSON.stringify(countryId)}`);
	const members = new Set(membersOn(org, isoDate, facts));
	return country.neighbours.filter((id) => members.has(id)).sort();
}
