import { describe, expect, it } from 'vitest';
import { alliesBordering, areaOfMembersOn, membersOn } from '../../../src/lib/data/groups.js';
import { MEMBERS_JANUARY_2022, facts, labels } from './helpers';

describe('membersOn', () => {
	const countries = facts();

	it('returns exactly the 30 members of January 2022 on 2022-01-07, with the brief’s names', () => {
		const members = membersOn('NATO', '2022-01-07', countries);
		expect(members).toEqual(Object.values(MEMBERS_JANUARY_2022).sort());
		const names = new Map(countries.map((c) => [c.id, c.name]));
		expect(members.map((id) => names.get(id)).sort()).toEqual(
			Object.keys(MEMBERS_JANUARY_2022).sort()
		);
	});

	it('does not count Finland and Sweden as members on 2022-01-07, but does on 2024-12-31', () => {
		expect(membersOn('NATO', '2022-01-07', countries)).not.toEqual(expect.arrayContaining(['FIN']));
		expect(membersOn('NATO', '2022-01-07', countries)).not.toEqual(expect.arrayContaining(['SWE']));
		expect(membersOn('NATO', '2024-12-31', countries)).toEqual(
			expect.arrayContaining(['FIN', 'SWE'])
		);
		expect(membersOn('NATO', '2024-12-31', countries)).toHaveLength(32);
	});

	it('counts a country from the day it joined, not the day before', () => {
		expect(membersOn('NATO', '2023-04-03', countries)).not.toContain('FIN');
		expect(membersOn('NATO', '2023-04-04', countries)).toContain('FIN');
	});

	it('returns no members for an organisation it has no records of', () => {
		expect(membersOn('WTO', '2022-01-07', countries)).toEqual([]);
	});

	it('rejects a date that is not a YYYY-MM-DD calendar date', () => {
		expect(() => membersOn('NATO', '7 January 2022', countries)).toThrow(
			/"7 January 2022" is not a YYYY-MM-DD calendar date/
		);
		expect(() => membersOn('NATO', '2022-02-30', countries)).toThrow(/not a YYYY-MM-DD/);
		expect(() => membersOn('NATO', '2022-13-01', countries)).toThrow(/not a YYYY-MM-DD/);
	});

	it('counts a member up to the day before it left, not from the day it left', () => {
		const fixture = [
			{ id: 'GBR', memberships: [{ org: 'X', joined: '1973-01-01', left: '2020-02-01' }] }
		];
		expect(membersOn('X', '2020-01-31', fixture)).toEqual(['GBR']);
		expect(membersOn('X', '2020-02-01', fixture)).toEqual([]);
	});

	it('works on any array of { id, memberships }, e.g. a fixture', () => {
		const fixture = [
			{ id: 'BBB', memberships: [{ org: 'X', joined: '2000-01-01' }] },
			{ id: 'AAA', memberships: [{ org: 'X', joined: '1990-01-01' }] },
			{ id: 'CCC', memberships: [{ org: 'Y', joined: '1990-01-01' }] }
		];
		expect(membersOn('X', '2001-01-01', fixture)).toEqual(['AAA', 'BBB']);
	});
});

describe('areaOfMembersOn', () => {
	const countries = facts();

	it('shades the 30 members of 2022-01-07 and Denmark’s Greenland and Faroe Islands, not Finland or Sweden', () => {
		const area = areaOfMembersOn('NATO', '2022-01-07', countries);
		expect(area).toEqual([...Object.values(MEMBERS_JANUARY_2022), 'FRO', 'GRL'].sort());
		expect(area).not.toContain('FIN');
		expect(area).not.toContain('SWE');
	});

	it('leaves a territory out while its sovereign is not a member, e.g. a fixture', () => {
		const fixture = [
			{ id: 'AAA', memberships: [{ org: 'X', joined: '2000-01-01' }] },
			{ id: 'BBB', territoryOf: 'AAA', memberships: [] },
			{ id: 'CCC', territoryOf: 'DDD', memberships: [] },
			{ id: 'DDD', memberships: [{ org: 'X', joined: '2010-01-01' }] }
		];
		expect(areaOfMembersOn('X', '2005-01-01', fixture)).toEqual(['AAA', 'BBB']);
		expect(areaOfMembersOn('X', '2010-01-01', fixture)).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
	});

	it('rejects a date that is not a YYYY-MM-DD calendar date, as membersOn does', () => {
		expect(() => areaOfMembersOn('NATO', '2022-02-30', countries)).toThrow(/not a YYYY-MM-DD/);
	});
});

describe('alliesBordering', () => {
	const countries = facts();

	it('finds the allies bordering Russia on 2022-01-07: Estonia, Latvia, Lithuania, Norway, Poland', () => {
		expect(alliesBordering('RUS', 'NATO', '2022-01-07', countries)).toEqual([
			'EST',
			'LTU',
			'LVA',
			'NOR',
			'POL'
		]);
	});

	it('adds Finland once it has joined', () => {
		expect(alliesBordering('RUS', 'NATO', '2024-12-31', countries)).toEqual([
			'EST',
			'FIN',
			'LTU',
			'LVA',
			'NOR',
			'POL'
		]);
	});

	it('rejects an unknown country id', () => {
		expect(() => alliesBordering('XYZ', 'NATO', '2022-01-07', countries)).toThrow(
			/no country with id "XYZ"/
		);
	});
});

describe('countries.json', () => {
	const countries = facts();
	const ids = new Set(countries.map((c) => c.id));

	it('records Finland and Sweden, and only them, as NATO partners in January 2022', () => {
		const partners = countries.filter((c) =>
			c.partnerships.some((p) => p.org === 'NATO' && p.asOf === '2022-01')
		);
		expect(partners.map((c) => c.id)).toEqual(['FIN', 'SWE']);
	});

	it('lists neighbours that exist and list the country back, Ukraine’s being its seven land neighbours', () => {
		const byId = new Map(countries.map((c) => [c.id, c]));
		for (const country of countries) {
			for (const neighbour of country.neighbours) {
				expect(ids.has(neighbour), `${country.id} → ${neighbour}`).toBe(true);
				expect(byId.get(neighbour)!.neighbours, `${neighbour} → ${country.id}`).toContain(
					country.id
				);
			}
		}
		expect(byId.get('UKR')!.neighbours).toEqual(['BLR', 'HUN', 'MDA', 'POL', 'ROU', 'RUS', 'SVK']);
	});

	it('gives boxes with west < east, east beyond 180 for countries across the antimeridian', () => {
		for (const { id, bbox } of countries) {
			const [west, south, east, north] = bbox;
			expect(west < east && south < north, id).toBe(true);
		}
		const russia = countries.find((c) => c.id === 'RUS')!;
		expect(russia.bbox[2]).toBeGreaterThan(180);
	});

	it('marks Åland as Finland’s and Greenland and the Faroe Islands as Denmark’s, and only them', () => {
		const territories = countries.filter((c) => c.territoryOf !== undefined);
		expect(territories.map((c) => [c.id, c.territoryOf])).toEqual([
			['ALA', 'FIN'],
			['FRO', 'DNK'],
			['GRL', 'DNK']
		]);
	});

	it('frames each country by its largest polygon: mainland Norway, Portugal, France, the contiguous US', () => {
		const frame = (id: string) => countries.find((c) => c.id === id)!.frame;
		expect(frame('NOR')[3]).toBeLessThan(72); // not Svalbard
		expect(frame('PRT')[0]).toBeGreaterThan(-10); // not the Azores
		expect(frame('FRA')[0]).toBeGreaterThan(-6); // not French Guiana
		expect(frame('USA')[0]).toBeGreaterThan(-130); // not Alaska or Hawaii
		expect(frame('RUS')[2]).toBeGreaterThan(180); // mainland Russia goes on past 180° to Chukotka
		for (const { id, frame: box } of countries) {
			const [west, south, east, north] = box;
			expect(west < east && south < north, id).toBe(true);
		}
	});

	it('puts every label inside its country’s frame', () => {
		const frames = new Map(countries.map((c) => [c.id, c.frame]));
		const outside = labels().filter((label) => {
			const [west, south, east, north] = frames.get(label.properties.id)!;
			const [lon, lat] = label.geometry.coordinates as [number, number];
			const inLon = (lon >= west && lon <= east) || (lon + 360 >= west && lon + 360 <= east);
			return !(inLon && lat >= south && lat <= north);
		});
		expect(outside.map((label) => label.properties.id)).toEqual([]);
	});
});
