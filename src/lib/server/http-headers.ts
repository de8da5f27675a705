// What every answer of the server carries, and which form posts never reach a route: pure rules,
// applied in `hooks.server.ts` and tested in `http-headers.spec.ts`.

/**
 * The headers every answer gets. A route's own choice wins where it made one: `/s/TOKEN` and the
 * feeds send `no-referrer`, downloads their own caching. An answer that set no caching is
 * `private, no-store`: dynamic pages show personal or secret data (an invitee's address, the
 * register, an action list), and static assets never pass here (adapter-node serves them first).
 */
/**
 * Lets this site's forms lead to another origin too: signing out ends the session at the
 * organisation's provider, and a form's redirect there is held to the CSP's form-action.
 */
export function allowFormActionTo(headers: Headers, origin: string): void {
	const policy = headers.get('Content-Security-Policy');
	if (!policy) return;
	headers.set(
		'Content-Security-Policy',
		policy.replace(
			/form-action ([^;]*)/,
			(_, sources: string) => `form-action ${sources} ${origin}`
		)
	);
}

export function applySecurityHeaders(headers: Headers, url: URL): void {
	headers.set('X-Content-Type-Options', 'nosniff');
	if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'same-origin');
	if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'private, no-store');
	headers.set('X-Frame-Options', 'DENY');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (url.protocol === 'https:') {
		headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
}

/**
 * A named form action (`?/name`) that no route can have: one of the names every object inherits
 * (`constructor`, `toString`, `__proto__`, ...), which SvelteKit 2 looks up on a route's actions
 * object and then calls (a 500 with a stack trace) or answers "success" without running anything
 * (sveltejs/kit#15525); or `default`, which SvelteKit posts without a name. Refused as unknown.
 */
export function isForeignActionName(method: string, url: URL): boolean {
	if (method !== 'POST') return false;
	for (const key of url.searchParams.keys()) {
		if (!key.startsWith('/')) continue;
		const name = key.slice(1);
		return name === 'default' || name in Object.prototype;
	}
	return false;
}
