import { describe, expect, it } from 'vitest';
import {
	NO_ROLE_CLAIMS,
	claimValues,
	mapsRoles,
	mayFacilitate,
	mayManage,
	mayOversee,
	roleFromClaims
} from './organisations';

const claims = {
	beheerder: ['GDB.Beheerder'],
	begeleider: ['GDB.Begeleider', 'group-1234'],
	meekijker: ['GDB.Meekijker']
};

describe('roles', () => {
	it('gives the highest role any claim value maps to', () => {
		expect(roleFromClaims(claims, ['GDB.Meekijker', 'group-1234'])).toBe('begeleider');
		expect(roleFromClaims(claims, ['GDB.Meekijker', 'GDB.Beheerder'])).toBe('beheerder');
		expect(roleFromClaims(claims, ['GDB.Meekijker'])).toBe('meekijker');
		expect(roleFromClaims(claims, ['iets-anders'])).toBeNull();
		expect(roleFromClaims(NO_ROLE_CLAIMS, ['GDB.Beheerder'])).toBeNull();
	});

	it('reads a claim as a list of strings, whatever the provider sends', () => {
		expect(claimValues('GDB.Beheerder')).toEqual(['GDB.Beheerder']);
		expect(claimValues(['a', 3, 'b', null])).toEqual(['a', 'b']);
		expect(claimValues(undefined)).toEqual([]);
		expect(claimValues('')).toEqual([]);
		expect(claimValues({ roles: ['a'] })).toEqual([]);
	});

	it('knows when the claims decide', () => {
		expect(mapsRoles(NO_ROLE_CLAIMS)).toBe(false);
		expect(mapsRoles({ ...NO_ROLE_CLAIMS, meekijker: ['x'] })).toBe(true);
	});

	it('lets a meekijker read but not facilitate, and only a beheerder manage', () => {
		expect(mayFacilitate('meekijker')).toBe(false);
		expect(mayFacilitate('begeleider')).toBe(true);
		expect(mayFacilitate('beheerder')).toBe(true);
		// An account in no organisation facilitates its own workshops, as before.
		expect(mayFacilitate(null)).toBe(true);
		expect(mayOversee(null)).toBe(false);
		expect(mayOversee('meekijker')).toBe(true);
		expect(mayManage('begeleider')).toBe(false);
		expect(mayManage('beheerder')).toBe(true);
	});
});
