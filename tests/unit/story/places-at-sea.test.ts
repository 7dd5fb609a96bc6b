import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../src/lib/server/registry';
import { problemsIn } from './problems';
import { validStory } from './registry-fixture';

const registry = loadRegistry();
const FILE = 'src/content/test.yaml';

/** The valid story with one place of its own, framed by the first step. */
const withPlace = (fields: string) =>
	validStory
		.replace(
			'steps:\n',
			`places:\n  - id: offshore\n    name: Offshore\n${fields}    source: Made up for tests\nsteps:\n`
		)
		.replace('focus: [geneva, UKR]', 'focus: [offshore, UKR]');

const parsed = (source: string) => problemsIn(source, FILE, registry);

describe('a place at sea', () => {
	// About 90 km west of Lisbon, in the Atlantic.
	const offLisbon = '    coordinates: [-10.2, 38.7]\n    country: PRT\n';

	it('is refused without at_sea_km, naming how far it lies from the country’s land', () => {
		const [message] = parsed(withPlace(offLisbon));
		expect(message).toMatch(
			/places\[0\]\.coordinates: found \[-10\.2, 38\.7\], which lies outside Portugal \(\d+ km from its land\); expected .*at_sea_km/
		);
	});

	it('is accepted within the distance its author states', () => {
		expect(parsed(withPlace(`${offLisbon}    at_sea_km: 150\n`))).toEqual([]);
	});

	it('farther off, names the nearest country and how far it is', () => {
		// Off Galicia, claimed for Portugal: Spain's land is nearer.
		const [message] = parsed(
			withPlace('    coordinates: [-10.5, 43.2]\n    country: PRT\n    at_sea_km: 50\n')
		);
		expect(message).toMatch(
			/places\[0\]\.at_sea_km: found \[-10\.5, 43\.2\], which lies outside Portugal \(\d+ km from its land\); the nearest country is Spain, \d+ km away/
		);
	});

	it('checks a small state the story map has no shape for against its own land’s box', () => {
		// Nuku‘alofa lies in Tonga; a point off Samoa does not.
		const tonga = '    coordinates: [-175.2, -21.14]\n    country: TON\n';
		expect(parsed(withPlace(tonga))).toEqual([]);
		expect(parsed(withPlace('    coordinates: [-171.75, -13.83]\n    country: TON\n'))[0]).toMatch(
			/lies outside Tonga .*the nearest country is Samoa/
		);
	});
});
