// What the repository says about itself: its publiccode.yml (for public bodies looking for
// reusable software) and how the tests find a browser.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findChromium, NO_CHROMIUM } from '../scripts/find-chromium.mjs';

describe('publiccode.yml', () => {
	const code = parse(readFileSync('publiccode.yml', 'utf8'));

	it('has the keys the standard requires, with valid values', () => {
		expect(code.publiccodeYmlVersion).toBe('0.4');
		for (const key of ['name', 'url', 'platforms', 'developmentStatus', 'softwareType']) {
			expect(code[key], key).toBeTruthy();
		}
		expect(code.url).toMatch(/^https:\/\//);
		expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(
			code.developmentStatus
		);
		expect(code.softwareType).toBe('standalone/web');
		expect(code.platforms).toContain('web');
		expect(code.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('describes the app in Dutch and English, under the EUPL, maintained, localised', () => {
		for (const language of ['nl', 'en']) {
			const description = code.description[language];
			expect(description.shortDescription.length).toBeLessThanOrEqual(150);
			expect(description.longDescription.length).toBeGreaterThanOrEqual(150);
			expect(description.longDescription.length).toBeLessThanOrEqual(10_000);
			expect(description.features.length).toBeGreaterThan(0);
		}
		const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(code.legal.license).toBe('EUPL-1.2');
		expect(code.legal.license).toBe(pkg.license);
		expect(code.softwareVersion).toBe(pkg.version);
		expect(['internal', 'contract', 'community', 'none']).toContain(code.maintenance.type);
		expect(code.maintenance.contacts.length).toBeGreaterThan(0);
		expect(code.localisation).toEqual({
			localisationReady: true,
			availableLanguages: ['nl', 'en']
		});
		expect(code.dependsOn.open.map((d: { name: string }) => d.name)).toContain('Node.js');
	});
});

describe('the browser for the tests', () => {
	const exists = (paths: string[]) => (path: string) => paths.includes(path);

	it('is CHROMIUM_PATH first, then Debian’s, then Playwright’s own', () => {
		const all = ['/opt/chrome', '/usr/bin/chromium'];
		expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, exists(all))).toEqual({
			path: '/opt/chrome',
			from: 'CHROMIUM_PATH'
		});
		expect(findChromium({}, exists(all))).toEqual({ path: '/usr/bin/chromium', from: 'Debian' });
		const own = findChromium({}, (path) => path.includes('ms-playwright'));
		expect(own).toMatchObject({ from: 'Playwright' });
	});

	it('is named in one clear line when there is none, or CHROMIUM_PATH points nowhere', () => {
		expect(findChromium({}, exists([]))).toEqual({ error: NO_CHROMIUM });
		expect(findChromium({ CHROMIUM_PATH: '/nope' }, exists(['/usr/bin/chromium']))).toEqual({
			error: 'CHROMIUM_PATH is set to /nope, which does not exist.'
		});
		// The real thing: Playwright's config stops with that line and exit code 1.
		let output = '';
		try {
			execFileSync('npx', ['playwright', 'test', '--list'], {
				env: { ...process.env, CHROMIUM_PATH: '/nope' },
				encoding: 'utf8',
				stdio: 'pipe'
			});
		} catch (error) {
			const failed = error as { status: number; stderr: string; stdout: string };
			expect(failed.status).toBe(1);
			output = failed.stderr + failed.stdout;
		}
		expect(output).toContain('CHROMIUM_PATH is set to /nope, which does not exist.');
		expect(output).not.toMatch(/at .*\(.*:\d+:\d+\)/);
	});
});
