import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { overlayPropertiesSchema } from '../../../src/lib/story/overlays';
import { storySchema } from '../../../src/lib/story/schema';
import { fixture, fixtureRaw } from '../../helpers/fixture-story';

/** Every field name a schema accepts, at any depth (objects inside arrays, unions, defaults, transforms). */
function fieldsOf(schema: z.ZodType, into = new Set<string>()): Set<string> {
	const def = (schema as unknown as { def: Record<string, unknown> }).def;
	const inner = [def.innerType, def.in, def.element, ...((def.options as unknown[]) ?? [])];
	if (def.type === 'object') {
		for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
			into.add(key);
			fieldsOf(child, into);
		}
	}
	for (const child of inner) if (child) fieldsOf(child as z.ZodType, into);
	return into;
}

const readme = readFileSync('src/content/README.md', 'utf8');
/** Field names documented as the first cell of a table row: "| `name` |". */
const documented = new Set([...readme.matchAll(/^\| `([a-z_]+)` +\|/gm)].map((m) => m[1]));

describe('src/content/README.md', () => {
	it('documents every field a story file may use', () => {
		const fields = [...fieldsOf(storySchema)];
		expect(fields.length).toBeGreaterThan(30);
		expect(fields.filter((f) => !documented.has(f))).toEqual([]);
	});

	it('documents every property of an overlay feature', () => {
		expect([...fieldsOf(overlayPropertiesSchema)].filter((f) => !documented.has(f))).toEqual([]);
	});

	it('finds a field that is not documented (the check can fail)', () => {
		expect(documented.has('not_a_field')).toBe(false);
		expect(fieldsOf(storySchema).has('as_of')).toBe(true);
	});
});

describe('the fixture story', () => {
	/** Every key used anywhere in a parsed YAML value. */
	const keysIn = (v: unknown, into = new Set<string>()): Set<string> => {
		if (Array.isArray(v)) v.forEach((x) => keysIn(x, into));
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) {
				into.add(k);
				keysIn(x, into);
			}
		return into;
	};

	it('parses, and uses every field of the schema', () => {
		expect(fixture.steps.length).toBeGreaterThan(3);
		const used = keysIn(fixtureRaw);
		expect([...fieldsOf(storySchema)].filter((f) => !used.has(f))).toEqual([]);
	});
});
