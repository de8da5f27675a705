// The import graph of the app's own code (src/), type-only imports included: no cycles, step kinds
// that stand alone, and no server code in the browser's. Run by
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
		},
		{
			name: 'kinds-stand-alone',
			severity: 'error',
			comment:
				"A step kind's folder uses its own modules and the shared ones (steps/shared). It may build on another kind's definition, events, slice and export sections (CODIO's last step takes the reflection's and the closing's), never on its commands, views or other inner parts.",
			from: { path: '^src/lib/steps/([^/]+)/' },
			to: {
				path: '^src/lib/steps/[^/]+/',
				pathNot: [
					'^src/lib/steps/($1|shared)/',
					'^src/lib/steps/[^/]+/(index|schemas|state|slice\\.server|export\\.server)\\.ts$'
				]
			}
		},
		{
			name: 'server-code-stays-on-the-server',
			severity: 'error',
			comment:
				"Browser code (components, pages, shared rules) never imports the server: no database, secrets or other audiences' data in a bundle.",
			from: {
				path: '^src/',
				pathNot: [
					'^src/lib/server/',
					'\\.server\\.ts$',
					'/\\+server\\.ts$',
					'^src/hooks\\.server\\.ts$',
					'^src/app\\.d\\.ts$'
				]
			},
			to: { path: '^src/lib/server/' }
		}
	],
	options: {
		doNotFollow: { path: ['node_modules', '\\.svelte-kit', 'src/lib/paraglide'] },
		exclude: { path: ['src/lib/paraglide', '\\.spec\\.ts$'] },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		webpackConfig: { fileName: '.dependency-cruiser.resolve.cjs' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte', '.json'],
			conditionNames: ['import', 'require', 'node', 'default', 'types']
		}
	}
};
