import type { IncomingMessage } from 'node:http';
import type { Facilitator, Session } from '$lib/server/auth';
import type { PageLook } from '$lib/server/read-model/organisations';

declare global {
	/** Set by vite.config.ts at build time: what /api/version reports. */
	const __BUILD_INFO__: { version: string; commit: string; builtAt: string };

	namespace App {
		interface Error {
			message: string;
			reference?: string;
			joinCode?: string;
			/** A sentence for the user, in their language, said by the server (e.g. why a link fails). */
			detail?: string;
			/** What the error page says, in the user's language ($lib/server/http-error.ts). */
			title?: string;
			text?: string;
		}
		/** adapter-node's: the Node request, on which the `handle` hook names the route for the log. */
		interface Platform {
			req: IncomingMessage & { gdbRoute?: string };
		}
		interface Locals {
			facilitator: Facilitator | null;
			session: Session | null;
			/**
			 * The look a page wears, set by the loads of a workshop's own pages (phones, status
			 * page, dashboard, beamer); otherwise the signed-in member's organisation's.
			 */
			look?: PageLook | null;
		}
	}
}

export {};
