import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { errorTexts } from '$lib/server/http-error';
import {
	SESSION_COOKIE,
	deleteSessionTokenCookie,
	setSessionTokenCookie,
	validateSessionToken
} from '$lib/server/auth';
import { FORM_MAX_BYTES, LARGE_BODY_PATHS } from '$lib/server/body-limits.js';
import { getDb } from '$lib/server/db';
import { checkSignInSettings, providerOrigin } from '$lib/server/oidc';
import { errorFields, logger } from '$lib/server/log.js';
import {
	allowFormActionTo,
	applySecurityHeaders,
	isForeignActionName
} from '$lib/server/http-headers';
import { purgeExpiredConfirmations } from '$lib/server/email-confirmation';
import { purgeMailLog } from '$lib/server/mail-policy';
import { getIo, registerRealtime } from '$lib/server/realtime';
import { purgeRateLimits } from '$lib/server/rate-limit';
import { purgeExpiredInvitations } from '$lib/server/workshops/invitations';
import { purgeExpiredOrganisationInvites } from '$lib/server/organisations/members';
import { membershipOf, pageLook } from '$lib/server/read-model/organisations';
import { sendDueReminders } from '$lib/server/workshops/reminders';
import { purgeExpiredParticipantData } from '$lib/server/workshops/retention';
import { loadInstrumentsDir } from '$lib/server/instruments/library';

// Production: runs at start-up (handler.js awaits it). Dev: runs on the first request.
export const init: ServerInit = () => {
	checkSignInSettings();
	getDb();
	loadInstrumentsDir(process.env.INSTRUMENTS_DIR);
	schedulePurges();
	const io = getIo();
	if (io) registerRealtime(io);
	else logger().warn('no Socket.IO server on globalThis; live updates are off');
};

const PURGE_TIMER = Symbol.for('goed-digitaal-bestuur.purge-timer');

/**
 * Deletes expired participant data, ended rate-limit windows (addresses, participant ids),
 * expired invitations and confirmation links (e-mail addresses) and the mail log past its two
 * days, and sends the due-date reminders that are due, now and
 * every hour (once per process, also after dev reloads).
 */
function schedulePurges() {
	const purge = () => {
		try {
			purgeExpiredParticipantData();
			purgeRateLimits();
			purgeExpiredInvitations();
			purgeExpiredOrganisationInvites();
			purgeExpiredConfirmations();
			purgeMailLog();
		} catch (error) {
			logger().error({ job: 'retention', err: errorFields(error) }, 'purge failed');
		}
		sendDueReminders().catch((error) =>
			logger().error({ job: 'reminders', err: errorFields(error) }, 'reminders failed')
		);
	};
	purge();
	const g = globalThis as typeof globalThis & { [PURGE_TIMER]?: ReturnType<typeof setInterval> };
	g[PURGE_TIMER] ??= setInterval(purge, 60 * 60 * 1000).unref();
}

const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		let theme: string | undefined;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%gdb.theme%', () => (theme ??= themeLink(event.locals)))
		});
	});

/**
 * The organisation's theme as a stylesheet in the page's head, rendered on the server so that no
 * phone carries a byte of script for it: a workshop's own pages say whose (their loads set
 * `locals.look`), other pages wear the signed-in member's organisation's.
 */
function themeLink(locals: App.Locals): string {
	const look =
		locals.look !== undefined
			? locals.look
			: locals.facilitator
				? pageLook(membershipOf(locals.facilitator.id)?.organisationId)
				: null;
	return look?.css ? `<link rel="stylesheet" href="${encodeURI(look.css)}" />` : '';
}

const handleSession: Handle = ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) {
		event.locals.facilitator = null;
		event.locals.session = null;
		return resolve(event);
	}
	const { session, facilitator } = validateSessionToken(token);
	if (session) setSessionTokenCookie(event.cookies, event.url, token, session.expiresAt);
	else deleteSessionTokenCookie(event.cookies, event.url);
	event.locals.facilitator = facilitator;
	event.locals.session = session;
	return resolve(event);
};

/** The route's id, for the request's log line that server.js writes (never the path). */
const routeName = (event: { route: { id: string | null } }) => event.route.id ?? '(no route)';

const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	if (event.platform?.req) event.platform.req.gdbRoute = routeName(event);
	if (isForeignActionName(event.request.method, event.url)) {
		const response = new Response('Not Found', { status: 404 });
		applySecurityHeaders(response.headers, event.url);
		return response;
	}
	const response = await resolve(event);
	applySecurityHeaders(response.headers, event.url);
	const provider = providerOrigin();
	if (provider) allowFormActionTo(response.headers, provider);
	return response;
};

/**
 * Holds every request but an archive import to FORM_MAX_BYTES (adapter-node's own limit is set
 * high enough for an archive, for every route): a declared length over it gets a 413 at once, an
 * undeclared (chunked) body is cut off there, which makes reading it fail as a 400.
 */
const handleBodySize: Handle = ({ event, resolve }) => {
	const { request } = event;
	if (!request.body || LARGE_BODY_PATHS.includes(event.url.pathname)) return resolve(event);
	const declared = request.headers.get('content-length');
	if (declared !== null) {
		if (Number(declared) > FORM_MAX_BYTES) {
			logger().warn(
				{ method: request.method, route: routeName(event), bytes: Number(declared) },
				'request body too large'
			);
			return new Response('Payload Too Large', { status: 413 });
		}
		return resolve(event);
	}
	let seen = 0;
	const limited = request.body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				seen += chunk.byteLength;
				if (seen > FORM_MAX_BYTES) controller.error(new Error('body too large'));
				else controller.enqueue(chunk);
			}
		})
	);
	event.request = new Request(request, { body: limited, duplex: 'half' } as RequestInit);
	return resolve(event);
};

export const handle = sequence(handleSecurityHeaders, handleBodySize, handleLocale, handleSession);

// Users see a calm page and a reference, never a stack trace; the log keeps the details of what
// went wrong here. A client's mistake (a 4xx, such as a body that is not a form) is one line.
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message, ...errorTexts(status) };
	if (status < 500) {
		logger().warn({ status, method: event.request.method, route: routeName(event) }, message);
		return { message, ...errorTexts(status) };
	}
	const reference = crypto.randomUUID().slice(0, 8);
	logger().error(
		{
			reference,
			method: event.request.method,
			route: routeName(event),
			err: errorFields(error, { frames: true })
		},
		'unexpected error'
	);
	return { message, reference, ...errorTexts(status, { reference }) };
};
