import { describe, expect, it } from 'vitest';
import { parseCookieHeader } from './cookies';

describe('parseCookieHeader', () => {
	it('reads names and decoded values, first one wins', () => {
		const cookies = parseCookieHeader('a=1; b=hello%20world; a=2; c="quoted"');
		expect(cookies.get('a')).toBe('1');
		expect(cookies.get('b')).toBe('hello world');
		expect(cookies.get('c')).toBe('quoted');
	});

	it('skips what it cannot read instead of throwing', () => {
		const cookies = parseCookieHeader('=x; broken; bad=%E0%A4%A; ok=yes');
		expect([...cookies.keys()]).toEqual(['ok']);
		expect(parseCookieHeader(undefined).size).toBe(0);
	});
});
