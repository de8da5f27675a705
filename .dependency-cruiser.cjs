// The import graph of the app's own code (src/), type-only imports included: no cycles. Run by
// the test suite (src/lib/import-graph.spec.ts) and by `npx depcruise src`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'An import cycle: modules that cannot be understood (or loaded) one at a time.',
			from: { path: '^src/' },
			to: { circular: true }
		}
	],
	options: {
		doNotFollow: { path: ['node_modules', '\\.svelte-kit', 'src/lib/paraglide'] },
		exclude: { path: ['src/lib/paraglide', '\\.spec\\.ts$'] },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte', '.json'],
			conditionNames: ['import', 'require', 'node', 'default', 'types']
		}
	}
};
