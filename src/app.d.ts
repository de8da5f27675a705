import type { Facilitator, Session } from '$lib/server/auth';

declare global {
	namespace App {
		interface Error {
			message: string;
			reference?: string;
			joinCode?: string;
		}
		interface Locals {
			facilitator: Facilitator | null;
			session: Session | null;
		}
	}
}

export {};
