import type { Facilitator, Session } from '$lib/server/auth';

declare global {
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
		interface Locals {
			facilitator: Facilitator | null;
			session: Session | null;
		}
	}
}

export {};
