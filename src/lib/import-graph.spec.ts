// No import cycles in the app's code, type-only imports and Svelte components included: every
// module can be read (and loaded) on its own terms. The rule is in .dependency-cruiser.cjs; the
// shared words that everything imports are in src/lib/vocabulary.ts, which imports nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the import graph', () => {
	it('has no cycle', () => {
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
