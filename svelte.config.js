import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ precompress: true }),
		// The server finds the route of a client-side navigation, so phones do not download the
		// route table of the whole app (2 KB of the participant view's 60 KB budget).
		router: { resolution: 'server' },
		csrf: { trustedOrigins: [] },
		// Scripts only from this site (SvelteKit adds hashes for its own inline boot script);
		// style attributes stay allowed for Svelte's style: directives (bar widths).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
