import { describe, expect, it, vi } from 'vitest';
import { readForm } from './form';
import { logger } from './log.js';
import { safeRedirectPath } from './guards';

const FALLBACK = '/workshops';

describe('safeRedirectPath', () => {
	it('keeps a path on this site, serialised by the URL parser', () => {
		expect(safeRedirectPath('/workshops/abc?tab=2#x')).toBe('/workshops/abc?tab=2#x');
		expect(safeRedirectPath('/j/ABC123/live')).toBe('/j/ABC123/live');
		expect(safeRedirectPath('/a/../workshops')).toBe('/workshops');
		expect(safeRedirectPath('/zoek?q=é')).toBe('/zoek?q=%C3%A9');
	});

	// What a browser would strip or rewrite before resolving the URL, leaving "//evil.example".
	it.each([
		['a TAB', '/\t/evil.example/'],
		['a line feed', '/\n/evil.example/'],
		['a carriage return', '/\r/evil.example/'],
		['CR LF', '/\r\n/evil.example/'],
		['an ideographic space', '/\u3000/evil.example/'],
		['a no-break space', '/\u00a0/evil.example/'],
		['a zero-width space', '/\u200b/evil.example/'],
		['a NUL', '/\u0000/evil.example/'],
		['two slashes', '//evil.example/'],
		['a slash and a backslash', '/\\evil.example/'],
		['two backslashes', '\\\\evil.example/'],
		['a backslash later on', '/workshops\\..\\/evil.example'],
		['a full URL', 'https://evil.example/'],
		['a scheme-relative URL after spaces', ' //evil.example'],
		['a javascript: URL', 'javascript:alert(1)'],
		['a relative path', 'workshops'],
		['nothing', ''],
		['a very long path', '/' + 'a'.repeat(2001)]
	])('refuses %s', (_, value) => {
		expect(safeRedirectPath(value)).toBe(FALLBACK);
	});

	it('leaves encoded characters encoded, so they stay part of a path here', () => {
		// The browser reads %2F and %09 as characters of the path, not as separators.
		expect(safeRedirectPath('/%2F/evil.example')).toBe('/%2F/evil.example');
		expect(safeRedirectPath('/%09/evil.example')).toBe('/%09/evil.example');
	});

	it('uses the given fallback', () => {
		expect(safeRedirectPath(null, '/')).toBe('/');
		expect(safeRedirectPath('//x', '/')).toBe('/');
	});
});

describe('readForm', () => {
	const post = (body: BodyInit, type: string) =>
		new Request('http://localhost/login', {
			method: 'POST',
			body,
			headers: { 'content-type': type }
		});

	it('reads a form', async () => {
		const form = await readForm(post('email=a%40b.nl', 'application/x-www-form-urlencoded'));
		expect(form.get('email')).toBe('a@b.nl');
	});

	it.each([
		['text/plain', 'email=a@b.nl', 'text/plain'],
		[
			'a multipart body cut short',
			'--x\r\nContent-Disposition: form-da',
			'multipart/form-data; boundary=x'
		]
	])('answers %s with a 400 and one line in the log', async (_, body, type) => {
		const warn = vi.spyOn(logger(), 'warn').mockImplementation(() => {});
		await expect(readForm(post(body, type))).rejects.toMatchObject({
			status: 400,
			body: { message: 'Dit formulier kon niet worden gelezen' }
		});
		expect(warn).toHaveBeenCalledTimes(1);
		// Fields we chose: the method and the content type, never the body.
		expect(warn.mock.calls[0]![0]).toEqual({ method: 'POST', contentType: type.split(';')[0] });
		warn.mockRestore();
	});
});
