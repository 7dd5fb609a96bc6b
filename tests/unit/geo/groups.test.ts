import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GroupsFile, type Group } from '../../../src/lib/data/schemas.js';
import { groupMembersOn, membersOn } from '../../../src/lib/data/groups.js';
import { MEMBERS_JANUARY_2022, ROOT, facts, readOutput } from './helpers';

/** geo/groups.json read with the shared schema, as the pipeline reads it. */
const source = GroupsFile.parse(JSON.parse(readFileSync(`${ROOT}geo/groups.json`, 'utf8')));
const group = (id: string) => source.groups.find((g) => g.id === id) as Group;

describe('geo/groups.json', () => {
	it('holds NATO, the EU, the CSTO, the OSCE and the PIF, each valid under the shared schema', () => {
		expect(source.groups.map((g) => g.id)).toEqual(['NATO', 'EU', 'CSTO', 'OSCE', 'PIF']);
		for (const g of source.groups)
			expect(() => GroupsFile.shape.groups.element.parse(g)).not.toThrow();
	});

	it('cites a source, with a URL, for every member', () => {
		for (const g of source.groups) {
			for (const member of g.members) {
				expect(source.sources[member.source], `${g.id} ${member.country}`).toMatch(/https?:\/\//);
			}
		}
	});

	it('gives NATO exactly the 30 members of the brief on 2022-01-07, and 32 once Sweden joined on 2024-03-07', () => {
		expect(groupMembersOn(group('NATO'), '2022-01-07')).toEqual(
			Object.values(MEMBERS_JANUARY_2022).sort()
		);
		expect(groupMembersOn(group('NATO'), '2024-03-06')).toHaveLength(31);
		expect(groupMembersOn(group('NATO'), '2024-03-07')).toHaveLength(32);
	});

	it('gives the EU 27 members without the United Kingdom in January 2022, and the United Kingdom in 2019', () => {
		const eu = group('EU');
		expect(groupMembersOn(eu, '2022-01-07')).toHaveLength(27);
		expect(groupMembersOn(eu, '2022-01-07')).not.toContain('GBR');
		expect(groupMembersOn(eu, '2019-12-31')).toContain('GBR');
		expect(groupMembersOn(eu, '2019-12-31')).toHaveLength(28);
	});

	it('keeps the United Kingdom in the EU through 31 January 2020, the day it withdrew at midnight', () => {
		expect(groupMembersOn(group('EU'), '2020-01-31')).toContain('GBR');
		expect(groupMembersOn(group('EU'), '2020-02-01')).not.toContain('GBR');
	});

	it('gives the EU its six founders from 1958-01-01, not before', () => {
		expect(groupMembersOn(group('EU'), '1957-12-31')).toEqual([]);
		expect(groupMembersOn(group('EU'), '1958-01-01')).toEqual([
			'BEL',
			'DEU',
			'FRA',
			'ITA',
			'LUX',
			'NLD'
		]);
	});

	it('gives the CSTO its six members of January 2022', () => {
		expect(groupMembersOn(group('CSTO'), '2022-01-06')).toEqual([
			'ARM',
			'BLR',
			'KAZ',
			'KGZ',
			'RUS',
			'TJK'
		]);
	});

	it('gives the OSCE exactly 57 participating States on 2022-01-07, Mongolia the last to join', () => {
		const osce = groupMembersOn(group('OSCE'), '2022-01-07');
		expect(osce).toHaveLength(57);
		expect(new Set(osce).size).toBe(57);
		expect(groupMembersOn(group('OSCE'), '2012-11-20')).not.toContain('MNG');
		expect(osce).toEqual(
			expect.arrayContaining(['USA', 'CAN', 'RUS', 'UKR', 'KAZ', 'VAT', 'AND', 'MNG'])
		);
		expect(osce).not.toContain('XKX');
	});

	it('gives the PIF Tonga, Fiji and Samoa on 2022-01-15, and Kiribati only outside its 2022–2023 gap', () => {
		const pif = group('PIF');
		expect(groupMembersOn(pif, '2022-01-15')).toEqual(
			expect.arrayContaining(['TON', 'FJI', 'WSM', 'TUV'])
		);
		// the Forum's 18 members, Tuvalu (a point from 1:10m) among them
		expect(groupMembersOn(pif, '2022-01-15')).toHaveLength(18);
		expect(groupMembersOn(pif, '2022-01-15')).toContain('KIR');
		expect(groupMembersOn(pif, '2022-07-08')).toContain('KIR');
		expect(groupMembersOn(pif, '2022-07-09')).not.toContain('KIR');
		expect(groupMembersOn(pif, '2022-12-01')).not.toContain('KIR');
		expect(groupMembersOn(pif, '2023-02-24')).toContain('KIR');
	});

	it('records Finland and Sweden as NATO partners, not members, in January 2022', () => {
		expect(group('NATO').partners?.map((p) => [p.country, p.as_of])).toEqual([
			['FIN', '2022-01'],
			['SWE', '2022-01']
		]);
		expect(groupMembersOn(group('NATO'), '2022-01-07')).not.toEqual(
			expect.arrayContaining(['FIN'])
		);
	});
});

describe('static/data/groups.json', () => {
	const output = GroupsFile.parse(readOutput<unknown>('groups.json'));

	it('holds the same groups, members and sources as geo/groups.json', () => {
		expect(output.sources).toEqual(source.sources);
		for (const g of source.groups) {
			const written = output.groups.find((o) => o.id === g.id)!;
			expect(written.full_name).toBe(g.full_name);
			expect(new Set(written.members)).toEqual(new Set(g.members));
		}
	});
});

describe('countries.json memberships', () => {
	const countries = facts();

	it.each([
		'1958-01-01',
		'2004-05-01',
		'2019-12-31',
		'2020-02-01',
		'2022-01-07',
		'2022-12-01',
		'2024-03-07'
	])('say the same as geo/groups.json about every group on %s', (date) => {
		for (const g of source.groups) {
			expect(membersOn(g.id, date, countries), g.id).toEqual(groupMembersOn(g, date));
		}
	});
});
