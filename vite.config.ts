import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { createIoServer } from './src/lib/server/realtime/io-server.js';

/** Attaches Socket.IO to Vite's own HTTP server in `vite dev` and `vite preview`. */
function socketIo(): Plugin {
	return {
		name: 'goed-digitaal-bestuur:socket.io',
		// Kit's preview server runs the `init` hook in its own configurePreviewServer: be first.
		enforce: 'pre',
		configureServer(server) {
			if (!server.httpServer || process.env.VITEST) return;
			createIoServer(server.httpServer as HttpServer);
			// In dev, Kit runs `init` on the first request; make one so sockets work at once.
			server.httpServer.once('listening', () => {
				const address = server.httpServer?.address();
				if (address && typeof address === 'object') {
					fetch(`http://localhost:${address.port}/`).catch(() => {});
				}
			});
		},
		configurePreviewServer(server) {
			createIoServer(server.httpServer as HttpServer);
		}
	};
}

/**
 * engine.io-client registers a WebTransport transport that this app never asks for (phones use
 * WebSocket, with long-polling as the fallback). In the browser build it is replaced by an empty
 * class, which keeps 1 KB of code off every phone (see the phone JavaScript budget in the README).
 */
function withoutWebTransport(): Plugin {
	const stub = '\0goed-digitaal-bestuur:no-webtransport';
	return {
		name: 'goed-digitaal-bestuur:no-webtransport',
		enforce: 'pre',
		resolveId(source, importer, options) {
			if (options.ssr || source !== './webtransport.js') return null;
			return importer?.includes('/engine.io-client/') ? stub : null;
		},
		load(id) {
			return id === stub ? 'export class WT {}' : null;
		}
	};
}

/**
 * In the browser build, socket.io-client gets the text-only packet parser in
 * src/lib/realtime/text-parser.ts instead of `socket.io-parser`, whose binary-attachment support
 * this app never uses: the wire format stays the same and the server keeps the stock parser.
 */
function socketIoTextParser(): Plugin {
	const parser = fileURLToPath(new URL('./src/lib/realtime/text-parser.ts', import.meta.url));
	return {
		name: 'goed-digitaal-bestuur:socket.io-text-parser',
		enforce: 'pre',
		resolveId(source, importer, options) {
			if (options.ssr || source !== 'socket.io-parser') return null;
			return importer?.includes('/socket.io-client/') ? parser : null;
		}
	};
}

/**
 * What every page runs before anything of ours (Svelte, SvelteKit's client and the data decoder it
 * uses, the page's language and Paraglide's plural helper, Vite's preload helper) goes into one
 * chunk. Left alone, the bundler spreads it over a handful of files, and every file costs a phone
 * its own compression window and import statements: one chunk saves about 1 KB gz on each phone page and 1.7 KB on the join page
 * (measured with bench/page-weight.mjs). Socket.IO stays out: the join page does not need it. The
 * few words on every page (the app's name, the language switch, "Opslaan"/"Opgeslagen") go in too:
 * as chunks of their own they cost each phone step about 0.3 KB gz, for 0.1 KB on the join page.
 */
const RUNTIME =
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|clsx|esm-env)[\\/]|paraglide[\\/]runtime|i18n[\\/]page-locale|paraglide[\\/]registry|lib[\\/]language\.ts|vite[\\/]preload-helper|modulepreload|paraglide[\\/]messages[\\/](app_name|language_nl|language_en|save|saved)\.js/;
/** `use:enhance` ($app/forms) serves the site's and the join page's forms; the live phone has none. */
const FORMS = /@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]app[\\/]forms/;
const isRuntime = (id: string) => RUNTIME.test(id) && !FORMS.test(id);

/**
 * In the browser build, Paraglide's runtime is src/lib/i18n/page-locale.ts: the language is the
 * one the server rendered the page in (the server keeps the real runtime).
 */
function pageLocale(): Plugin {
	const runtime = fileURLToPath(new URL('./src/lib/paraglide/runtime.js', import.meta.url));
	const replacement = fileURLToPath(new URL('./src/lib/i18n/page-locale.ts', import.meta.url));
	return {
		name: 'goed-digitaal-bestuur:page-locale',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (options.ssr || !/runtime(\.js)?$/.test(source)) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === runtime ? replacement : null;
		}
	};
}

/**
 * Terser's compressor, run over every browser chunk before the bundler's own minifier (Oxc, which
 * then mangles names and strips whitespace). Oxc alone leaves redundancies that terser's passes
 * fold (sequences, conditionals, inlined constants): 1.5 KiB gz less on each phone page, for a few
 * seconds of build time (measured with bench/page-weight.mjs; terser as the only minifier saved
 * 0.5 KiB).
 */
function compressedChunks(): Plugin {
	return {
		name: 'goed-digitaal-bestuur:terser-compress',
		apply: 'build',
		async renderChunk(code) {
			if (this.environment.name !== 'client') return null;
			const sourceMap = Boolean(this.environment.config.build.sourcemap);
			const result = await minify(code, {
				module: true,
				ecma: 2020,
				compress: { passes: 3, ecma: 2020 },
				mangle: false,
				format: { comments: 'some' },
				sourceMap
			});
			return { code: result.code ?? code, map: sourceMap ? (result.map as string) : null };
		}
	};
}

/**
 * What /api/version reports: package.json's version, the commit (SOURCE_COMMIT, as a container
 * build passes it, else git's HEAD) and the build time (SOURCE_DATE_EPOCH for a reproducible
 * build, else now), in UTC.
 */
function buildInfo() {
	const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
	let commit = process.env.SOURCE_COMMIT || 'unknown';
	if (!process.env.SOURCE_COMMIT) {
		try {
			commit = execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
				.toString()
				.trim();
		} catch {
			// Not a git checkout (a source tarball): the commit stays unknown.
		}
	}
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	const builtAt = new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now());
	return { version, commit, builtAt: builtAt.toISOString() };
}

export default defineConfig({
	define: { __BUILD_INFO__: JSON.stringify(buildInfo()) },
	build: {
		// A step's screen is its own chunk, loaded when the room gets there. Listing every such
		// chunk's dependencies in the page that loads it (to preload them) cost each phone about
		// 0.5 KB gz for eleven step kinds; the chunk fetches them itself (one round trip later).
		// Vite still lists its stylesheets (checked: a form behind a disclosure gets its CSS).
		modulePreload: {
			resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? [] : deps)
		},
		rolldownOptions: {
			output: { codeSplitting: { groups: [{ name: 'runtime', test: isRuntime, priority: 10 }] } }
		}
	},
	plugins: [
		withoutWebTransport(),
		socketIoTextParser(),
		pageLocale(),
		compressedChunks(),
		// Under vitest the messages come from `npm run i18n`; the plugin's watcher would keep it alive.
		process.env.VITEST
			? null
			: paraglideVitePlugin({
					project: './project.inlang',
					outdir: './src/lib/paraglide',
					strategy: ['cookie', 'baseLocale']
				}),
		sveltekit(),
		socketIo()
	],
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		include: ['src/**/*.{test,spec}.{js,ts}', 'tests/*.spec.ts'],
		env: { DATABASE_PATH: ':memory:', LOG_LEVEL: 'warn' },
		onConsoleLog: (log) => !log.startsWith('[db]')
	}
});
