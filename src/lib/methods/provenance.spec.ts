import { describe, expect, it } from 'vitest';
import codio from './codio';
import { catalogueEdited, partlyReconstructed, valueOrigin } from './provenance';

const shipped = codio.catalogue.foundations.flatMap((f) =>
	f.principles.flatMap((p) =>
		p.values.map((v) => ({
			nameNl: v.name.nl,
			principleKey: p.key,
			descriptionNl: v.description.nl,
			hidden: false
		}))
	)
);

describe('catalogue provenance', () => {
	it('says per value whether its name and placement come from a source or are reconstructed', () => {
		const inclusiveness = shipped.find((v) => v.nameNl === 'Inclusiviteit')!;
		const origin = valueOrigin(codio.catalogue, inclusiveness);
		expect(origin.kind).toBe('shipped');
		expect(origin).toMatchObject({ named: { source: expect.stringContaining('http') } });
		expect(valueOrigin(codio.catalogue, { ...inclusiveness, principleKey: 'elsewhere' })).toEqual({
			kind: 'moved',
			named: (origin as { named: unknown }).named
		});
		expect(
			valueOrigin(codio.catalogue, { nameNl: 'Proportionaliteit', principleKey: 'x' })
		).toEqual({
			kind: 'added'
		});
		const reconstructed = shipped
			.map((v) => valueOrigin(codio.catalogue, v))
			.filter((o) => o.kind === 'shipped' && o.named === 'reconstructed');
		expect(reconstructed).toHaveLength(20);
		expect(partlyReconstructed(codio.catalogue)).toBe(true);
	});

	it('notices any edit of the list as shipped', () => {
		expect(catalogueEdited(codio.catalogue, shipped)).toBe(false);
		expect(catalogueEdited(codio.catalogue, shipped.slice(1))).toBe(true);
		const hidden = shipped.map((v, i) => (i === 3 ? { ...v, hidden: true } : v));
		expect(catalogueEdited(codio.catalogue, hidden)).toBe(true);
		const renamed = shipped.map((v, i) => (i === 0 ? { ...v, nameNl: 'Iets anders' } : v));
		expect(catalogueEdited(codio.catalogue, renamed)).toBe(true);
		const described = shipped.map((v, i) => (i === 0 ? { ...v, descriptionNl: 'Nieuw' } : v));
		expect(catalogueEdited(codio.catalogue, described)).toBe(true);
	});
});
