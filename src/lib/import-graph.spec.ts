// The rules of the app's import graph, type-only imports, `$lib` aliases and Svelte components
// included (.dependency-cruiser.cjs): no cycles, so every module can be read (and loaded) on its
// own terms; a step kind's folder never reaches into another kind's commands or views; browser
// code never imports the server. The shared words everything imports are in
// src/lib/vocabulary.ts, which imports nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the import graph', () => {
	it('keeps its rules: no cycle, kinds stand alone, no server code in the browser', () => {
		const run = () =>
			execFileSync(
				'node_modules/.bin/depcruise',
				['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
				{ encoding: 'utf8', stdio: 'pipe' }
			);
		const output = (() => {
			try {
				return run();
			} catch (error) {
				return `${(error as { stdout?: string }).stdout ?? ''}${(error as Error).message}`;
			}
		})();
		expect(output).toContain('no dependency violations found');
	}, 60_000);

	it('starts from a vocabulary that imports nothing', () => {
		const source = readFileSync('src/lib/vocabulary.ts', 'utf8');
		expect(source).not.toMatch(/^\s*import\b/m);
	});
});
