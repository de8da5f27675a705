import { describe, expect, it } from 'vitest';
import { allowFormActionTo, applySecurityHeaders, isForeignActionName } from './http-headers';

const url = (path: string) => new URL(path, 'https://gdb.example');

describe('security headers', () => {
	it('keep a route’s own referrer policy and caching, and default to none', () => {
		const own = new Headers({ 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' });
		applySecurityHeaders(own, url('/s/abc'));
		expect(own.get('referrer-policy')).toBe('no-referrer');
		expect(own.get('cache-control')).toBe('no-store');
		const none = new Headers();
		applySecurityHeaders(none, url('/register'));
		expect(none.get('referrer-policy')).toBe('same-origin');
		expect(none.get('cache-control')).toBe('private, no-store');
		expect(none.get('strict-transport-security')).toContain('max-age=');
	});
});

describe('form action names', () => {
	it('refuses what every object inherits and an explicit default, and nothing else', () => {
		for (const name of [
			'constructor',
			'toString',
			'valueOf',
			'__proto__',
			'hasOwnProperty',
			'default'
		]) {
			expect(isForeignActionName('POST', url(`/login?/${name}`)), name).toBe(true);
		}
		expect(isForeignActionName('POST', url('/login?x=1&/constructor'))).toBe(true);
		expect(isForeignActionName('POST', url('/workshops/1/actions?/update'))).toBe(false);
		expect(isForeignActionName('POST', url('/login'))).toBe(false);
		expect(isForeignActionName('GET', url('/login?/constructor'))).toBe(false);
	});
});

describe('allowFormActionTo', () => {
	it("adds the provider's origin to form-action and leaves the rest", () => {
		const headers = new Headers({
			'Content-Security-Policy': "default-src 'self'; form-action 'self'; base-uri 'self'"
		});
		allowFormActionTo(headers, 'https://login.gemeente.example');
		expect(headers.get('Content-Security-Policy')).toBe(
			"default-src 'self'; form-action 'self' https://login.gemeente.example; base-uri 'self'"
		);
	});
});
